import CProj

/// The result of the inverse geodesic problem: distance and azimuths between two points.
public struct GeodesicInverse: Sendable, Hashable, Codable {
    /// Distance along the geodesic in metres.
    public var distanceMeters: Double
    /// Azimuth at the first point, degrees clockwise from north (−180…180).
    public var initialAzimuth: Double
    /// Azimuth at the second point.
    public var finalAzimuth: Double
}

/// Geodesics on an ellipsoid (Karney's algorithms, PROJ's geodesic.h): exact to nanometres.
///
/// A plain value (the C struct holds only numbers), so it is Sendable and free to share.
/// geod_* take (latitude, longitude); these methods take Coordinates (lon, lat) and swap for them.
/// Latitudes outside −90…90 give NaN results.
public struct Geodesic: Sendable {
    private let g: geod_geodesic

    /// The WGS84 ellipsoid.
    public static let wgs84 = Geodesic(equatorialRadius: 6_378_137, flattening: 1 / 298.257223563)

    /// An ellipsoid from its equatorial radius (m) and flattening.
    public init(equatorialRadius: Double, flattening: Double) {
        var geod = geod_geodesic()
        geod_init(&geod, equatorialRadius, flattening)
        g = geod
    }

    /// The point `distanceMeters` from `start` along `azimuthDegrees` (clockwise from north).
    public func direct(from start: Coordinate, azimuthDegrees: Double, distanceMeters: Double) -> Coordinate {
        var lat2 = 0.0, lon2 = 0.0, azi2 = 0.0
        withUnsafePointer(to: g) { geod_direct($0, start.lat, start.lon, azimuthDegrees, distanceMeters, &lat2, &lon2, &azi2) }
        return Coordinate(lon: lon2, lat: lat2)
    }

    /// Distance and azimuths from `a` to `b`.
    public func inverse(from a: Coordinate, to b: Coordinate) -> GeodesicInverse {
        var s12 = 0.0, azi1 = 0.0, azi2 = 0.0
        withUnsafePointer(to: g) { geod_inverse($0, a.lat, a.lon, b.lat, b.lon, &s12, &azi1, &azi2) }
        return GeodesicInverse(distanceMeters: s12, initialAzimuth: azi1, finalAzimuth: azi2)
    }

    /// Distance in metres from `a` to `b`.
    public func distance(_ a: Coordinate, _ b: Coordinate) -> Double { inverse(from: a, to: b).distanceMeters }

    /// Area (m², absolute) and perimeter (m) of a polygon given by its ring (closing point optional).
    public func polygonArea(_ ring: [Coordinate]) -> (area: Double, perimeter: Double) {
        var points = ring
        if points.count > 1, points.first == points.last { points.removeLast() }
        guard points.count >= 3 else { return (0, 0) }
        var lats = points.map(\.lat), lons = points.map(\.lon)
        var area = 0.0, perimeter = 0.0
        withUnsafePointer(to: g) { geod_polygonarea($0, &lats, &lons, Int32(points.count), &area, &perimeter) }
        return (abs(area), perimeter)
    }
}
