import Foundation

/// A conformal projection centred on a map view: WGS84 lon/lat ↔ metres.
///
/// Oblique stereographic on the WGS84 ellipsoid: conformal (shapes and angles right, so hills,
/// lake outlines and the north arrow look as on a topographic map), true scale at the centre
/// and radially symmetric distortion — below 0.01 % within 60 km of the centre — for any
/// orientation of the view, where transverse Mercator favours north–south extents.
public final class LocalProjection {
    /// The geographic centre (where scale is true and grid north is true north).
    public let center: Coordinate
    /// The PROJ definition of the projected CRS (for sidecar metadata).
    public let definition: String
    private let transformer: Transformer

    /// Creates the projection centred on `center` (lon/lat).
    public init(center: Coordinate, context: ProjectionContext = ProjectionContext()) throws(ProjectionError) {
        guard center.isValidLonLat, abs(center.lat) < 89.9 else {
            throw ProjectionError(operation: "local projection", message: "centre \(center) is not a usable longitude/latitude")
        }
        self.center = center
        definition = LocalProjection.definition(center)
        // Degrees in, metres out, as one pipeline: the same maths as EPSG:4326 → the CRS above,
        // without a proj.db lookup (WGS84 to WGS84 needs no datum shift).
        let step = definition.replacingOccurrences(of: " +no_defs +type=crs", with: "")
        transformer = try Transformer(pipeline: "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step \(step)", context: context)
    }

    /// The PROJ string for a centre, with fixed decimals so it is the same on every machine.
    static func definition(_ c: Coordinate) -> String {
        func fixed(_ v: Double) -> String {
            let scaled = (v * 1e7).rounded() / 1e7
            return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
        }
        return "+proj=stere +lat_0=\(fixed(c.lat)) +lon_0=\(fixed(c.lon)) +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs"
    }

    /// Lon/lat → metres.
    public func project(_ c: Coordinate) throws(ProjectionError) -> Coordinate { try transformer.forward(c) }
    /// Metres → lon/lat.
    public func unproject(_ c: Coordinate) throws(ProjectionError) -> Coordinate { try transformer.inverse(c) }
    /// Many lon/lat → metres in one call.
    public func project(_ cs: [Coordinate]) throws(ProjectionError) -> [Coordinate] { try transformer.forward(cs) }
    /// Many metres → lon/lat in one call.
    public func unproject(_ cs: [Coordinate]) throws(ProjectionError) -> [Coordinate] { try transformer.inverse(cs) }
}
