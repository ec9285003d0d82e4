import CGEOS

/// The kinds of geometry GEOS knows.
public enum GeometryType: String, Sendable, CaseIterable {
    case point = "Point"
    case lineString = "LineString"
    case linearRing = "LinearRing"
    case polygon = "Polygon"
    case multiPoint = "MultiPoint"
    case multiLineString = "MultiLineString"
    case multiPolygon = "MultiPolygon"
    case geometryCollection = "GeometryCollection"

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
}
