/// A position in a plane: longitude/latitude in degrees (WGS84, GeoJSON order) or projected metres.
public struct Coordinate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Easting or longitude.
    public var x: Double
    /// Northing or latitude.
    public var y: Double

    /// Creates a coordinate from x (easting/longitude) and y (northing/latitude).
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Creates a geographic coordinate; longitude first, as in GeoJSON.
    public init(lon: Double, lat: Double) {
        self.init(x: lon, y: lat)
    }

    /// Longitude in degrees when the coordinate is geographic.
    public var lon: Double { x }
    /// Latitude in degrees when the coordinate is geographic.
    public var lat: Double { y }

    /// True when both components are finite numbers.
    public var isFinite: Bool { x.isFinite && y.isFinite }

    /// True when the coordinate is a valid WGS84 longitude/latitude pair.
    public var isValidLonLat: Bool { isFinite && (-180...180).contains(x) && (-90...90).contains(y) }

    public var description: String { "(\(x), \(y))" }

    // GeoJSON positions are arrays: [x, y] (extra ordinates such as altitude are ignored).
    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        x = try container.decode(Double.self)
        y = try container.decode(Double.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(x)
        try container.encode(y)
    }
}
