import CProj

/// A bare PROJ conversion (a PJ from proj_create on a "+proj=…" string), used for proj_factors,
/// which needs the projection itself rather than a CRS-to-CRS pipeline.
final class Conversion {
    let context: ProjectionContext
    private let pj: OpaquePointer

    init(_ definition: String, context: ProjectionContext) throws(ProjectionError) {
        context.resetLog()
        guard let p = proj_create(context.handle, definition) else { throw context.error("create \(definition)") }
        self.context = context
        pj = p
    }

    deinit {
        proj_destroy(pj)
    }

    /// The distortion at a geographic coordinate (degrees).
    func factors(at c: Coordinate) throws(ProjectionError) -> ScaleFactors {
        context.resetLog()
        proj_errno_reset(pj)
        let f = proj_factors(pj, proj_coord(proj_torad(c.lon), proj_torad(c.lat), 0, 0))
        // proj_factors returns zeros on failure, with an errno: zero scale is never a real answer.
        guard proj_errno(pj) == 0, f.meridional_scale > 0, f.parallel_scale > 0 else {
            throw context.error("scale factors", input: "\(c)")
        }
        return ScaleFactors(
            meridionalScale: f.meridional_scale, parallelScale: f.parallel_scale, arealScale: f.areal_scale,
            angularDistortion: proj_todeg(f.angular_distortion), meridianConvergence: proj_todeg(f.meridian_convergence))
    }
}
