import GeoTypes

/// A GeoJSON geometry (RFC 7946) as plain coordinates.
public enum GeoJSONGeometry: Sendable, Hashable, Codable {
    case point(Coordinate)
    case multiPoint([Coordinate])
    case lineString([Coordinate])
    case multiLineString([[Coordinate]])
    /// Rings: the first is the exterior, the rest are holes.
    case polygon([[Coordinate]])
    case multiPolygon([[[Coordinate]]])

    /// The GeoJSON type name.
    public var typeName: String {
        switch self {
        case .point: return "Point"
        case .multiPoint: return "MultiPoint"
        case .lineString: return "LineString"
        case .multiLineString: return "MultiLineString"
        case .polygon: return "Polygon"
        case .multiPolygon: return "MultiPolygon"
        }
    }

    /// Every coordinate, flattened.
    public var allCoordinates: [Coordinate] {
        switch self {
        case .point(let c): return [c]
        case .multiPoint(let cs), .lineString(let cs): return cs
        case .multiLineString(let ls), .polygon(let ls): return ls.flatMap { $0 }
        case .multiPolygon(let ps): return ps.flatMap { $0.flatMap { $0 } }
        }
    }

    /// The bounding box of every coordinate.
    public var boundingBox: BoundingBox? { BoundingBox(covering: allCoordinates) }

    private enum CodingKeys: String, CodingKey { case type, coordinates }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .type) {
        case "Point": self = .point(try c.decode(Coordinate.self, forKey: .coordinates))
        case "MultiPoint": self = .multiPoint(try c.decode([Coordinate].self, forKey: .coordinates))
        case "LineString": self = .lineString(try c.decode([Coordinate].self, forKey: .coordinates))
        case "MultiLineString": self = .multiLineString(try c.decode([[Coordinate]].self, forKey: .coordinates))
        case "Polygon": self = .polygon(try c.decode([[Coordinate]].self, forKey: .coordinates))
        case "MultiPolygon": self = .multiPolygon(try c.decode([[[Coordinate]]].self, forKey: .coordinates))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unsupported geometry type \(other)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(typeName, forKey: .type)
        switch self {
        case .point(let p): try c.encode(p, forKey: .coordinates)
        case .multiPoint(let cs), .lineString(let cs): try c.encode(cs, forKey: .coordinates)
        case .multiLineString(let ls), .polygon(let ls): try c.encode(ls, forKey: .coordinates)
        case .multiPolygon(let ps): try c.encode(ps, forKey: .coordinates)
        }
    }
}
