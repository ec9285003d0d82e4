import Geoparser

/// The geodesic `extract` uses for relative locations: the Projection module's WGS84 geodesic.
enum ExtractGeodesic {
    static let wgs84: (any DirectGeodesic)? = WGS84Geodesic()
}
