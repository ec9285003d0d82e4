import CGEOS

/// The kinds of geometry GEOS knows; raw values are the OGC/WKT names.
public enum GeometryType: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case point = "Point"
    case lineString = "LineString"
    case linearRing = "LinearRing"
    case polygon = "Polygon"
    case multiPoint = "MultiPoint"
    case multiLineString = "MultiLineString"
    case multiPolygon = "MultiPolygon"
    case geometryCollection = "GeometryCollection"

    /// The OGC/WKT name ("Polygon"), as messages should show it.
    public var description: String { rawValue }

    init?(geosTypeID: Int32) {
        switch UInt32(bitPattern: geosTypeID) {
        case GEOS_POINT.rawValue: self = .point
        case GEOS_LINESTRING.rawValue: self = .lineString
        case GEOS_LINEARRING.rawValue: self = .linearRing
        case GEOS_POLYGON.rawValue: self = .polygon
        case GEOS_MULTIPOINT.rawValue: self = .multiPoint
        case GEOS_MULTILINESTRING.rawValue: self = .multiLineString
        case GEOS_MULTIPOLYGON.rawValue: self = .multiPolygon
        case GEOS_GEOMETRYCOLLECTION.rawValue: self = .geometryCollection
        default: return nil
        }
    }

    /// GEOS's type id for GEOSGeom_createCollection_r, or nil for a non-collection type.
    var collectionTypeID: Int32? {
        switch self {
        case .multiPoint: Int32(GEOS_MULTIPOINT.rawValue)
        case .multiLineString: Int32(GEOS_MULTILINESTRING.rawValue)
        case .multiPolygon: Int32(GEOS_MULTIPOLYGON.rawValue)
        case .geometryCollection: Int32(GEOS_GEOMETRYCOLLECTION.rawValue)
        default: nil
        }
    }

    /// The one member type a multi-geometry may hold (nil: any, or not a collection).
    var memberType: GeometryType? {
        switch self {
        case .multiPoint: .point
        case .multiLineString: .lineString
        case .multiPolygon: .polygon
        default: nil
        }
    }
}
