import Foundation

/// A conformal projection centred on a map view: WGS84 lon/lat ↔ metres.
///
/// The oblique stereographic on the Gauss conformal sphere (PROJ `sterea`, EPSG's "Oblique
/// Stereographic"), chosen because:
/// - it is conformal (angles and small shapes right: hills, lake outlines and the north arrow look
///   as on a topographic map) and true to scale at the centre;
/// - its scale error is radially symmetric and second-order, k − 1 = r²/4R² (1.5e-5 at 50 km,
///   6.1e-5 at 100 km, in every direction), so one scale bar is right across a square view;
/// - transverse Mercator (`tmerc`) errs twice as fast east–west (x²/2R²: 3.1e-5 at 50 km east);
/// - PROJ's ellipsoidal `stere` maps through the conformal latitude and its scale changes
///   *linearly* with northing (+4.2e-5 at 50 km north, −1.1e-5 at 50 km south; measured with
///   proj_factors), which would skew a scale bar by millimetres per kilometre near the centre.
/// Grid north is true north along the central meridian.
///
/// Not thread-safe (it holds PROJ objects): use one per thread or task.
public final class LocalProjection {
    /// The geographic centre (where scale is true and grid north is true north).
    public let center: Coordinate
    /// The PROJ definition of the projected CRS (for sidecar metadata); fixed decimals, so identical everywhere.
    public let definition: String
    private let transformer: Transformer
    private let conversion: Conversion

    /// Creates the projection centred on `center` (lon/lat); by default in a context without
    /// proj.db, which its plain PROJ steps never need.
    public init(center: Coordinate, context: ProjectionContext = .withoutDatabase()) throws(ProjectionError) {
        guard center.isValidLonLat, abs(center.lat) < 89.9 else {
            throw ProjectionError(operation: "local projection", message: "centre \(center) is not a usable longitude/latitude")
        }
        self.center = center
        definition = LocalProjection.definition(center)
        // Degrees in, metres out, as one pipeline of plain PROJ steps: the same maths as
        // EPSG:4326 → the CRS above (WGS84 to WGS84 needs no datum shift) without a proj.db
        // lookup, which costs milliseconds in every short-lived render process.
        let bare = LocalProjection.definition(center, asCRS: false)
        transformer = try Transformer(pipeline: "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step \(bare)", context: context)
        // proj_factors wants the bare conversion.
        conversion = try Conversion(bare, context: context)
    }

    /// Creates the projection centred on a lon/lat box (a view's extent).
    public convenience init(covering box: BoundingBox, context: ProjectionContext = .withoutDatabase()) throws(ProjectionError) {
        try self.init(center: box.center, context: context)
    }

    /// The PROJ string for a centre, with fixed decimals so it is the same on every machine.
    static func definition(_ c: Coordinate, asCRS: Bool = true) -> String {
        func fixed(_ v: Double) -> String {
            let scaled = (v * 1e7).rounded() / 1e7
            return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
        }
        return "+proj=sterea +lat_0=\(fixed(c.lat)) +lon_0=\(fixed(c.lon)) +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs" + (asCRS ? " +type=crs" : "")
    }

    /// Lon/lat → metres.
    public func project(_ c: Coordinate) throws(ProjectionError) -> Coordinate { try transformer.forward(c) }
    /// Metres → lon/lat.
    public func unproject(_ c: Coordinate) throws(ProjectionError) -> Coordinate { try transformer.inverse(c) }
    /// Many lon/lat → metres in one call.
    public func project(_ cs: [Coordinate]) throws(ProjectionError) -> [Coordinate] { try transformer.forward(cs) }
    /// Many metres → lon/lat in one call.
    public func unproject(_ cs: [Coordinate]) throws(ProjectionError) -> [Coordinate] { try transformer.inverse(cs) }

    /// The distortion at a lon/lat point (scale, convergence) from proj_factors.
    public func scaleFactors(at c: Coordinate) throws(ProjectionError) -> ScaleFactors {
        try conversion.factors(at: c)
    }

    /// Projected metres per ground metre at a lon/lat point (one number: the projection is conformal).
    public func pointScale(at c: Coordinate) throws(ProjectionError) -> Double {
        try conversion.factors(at: c).parallelScale
    }
}
