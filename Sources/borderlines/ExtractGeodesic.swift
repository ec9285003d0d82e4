import Geoparser

/// The geodesic `extract` uses for relative locations.
///
/// It must be the Projection module's WGS84 geodesic (branch `geo`); until that lands there is
/// none, and relative expressions are recognised but not resolved to points.
enum ExtractGeodesic {
    static let wgs84: (any DirectGeodesic)? = nil
}
