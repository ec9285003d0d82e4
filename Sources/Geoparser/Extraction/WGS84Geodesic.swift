import Gazetteer
import Projection

/// The WGS84 direct geodesic of the Projection module (Karney's algorithm in PROJ), used for
/// relative locations.
public struct WGS84Geodesic: DirectGeodesic {
    /// The WGS84 geodesic.
    public init() {}

    /// The point at a distance and azimuth from `start`; nil when PROJ returns a non-finite point.
    public func destination(from start: Coordinate, azimuthDegrees: Double, distanceMeters: Double) -> Coordinate? {
        let c = Geodesic.wgs84.direct(from: start, azimuthDegrees: azimuthDegrees, distanceMeters: distanceMeters)
        return c.isValidLonLat ? c : nil
    }
}
