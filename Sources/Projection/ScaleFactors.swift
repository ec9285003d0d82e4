/// Distortion of a projection at one point (PROJ's proj_factors), for scale bars and north arrows.
public struct ScaleFactors: Sendable, Hashable, Codable {
    /// Scale along the meridian (h): projected metres per ground metre going north.
    public var meridionalScale: Double
    /// Scale along the parallel (k): projected metres per ground metre going east.
    public var parallelScale: Double
    /// Areal scale (s = h·k·sin θ′).
    public var arealScale: Double
    /// Maximum angular distortion in degrees (0 for a conformal projection).
    public var angularDistortion: Double
    /// Meridian convergence in degrees: the angle between grid north and true north.
    public var meridianConvergence: Double
}
