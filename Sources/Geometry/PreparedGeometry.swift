import CGEOS

/// A GEOS prepared geometry, indexed for many predicate tests; keeps its source geometry alive.
///
/// Not thread-safe: use it where its source's context is used.
public final class PreparedGeometry {
    private let pointer: OpaquePointer
    /// The geometry it was prepared from (GEOS's prepared geometry points into it).
    public let source: Geometry

    init(owning pointer: OpaquePointer, source: Geometry) {
        self.pointer = pointer
        self.source = source
    }

    deinit {
        GEOSPreparedGeom_destroy_r(source.context.handle, pointer)
    }

    /// Prepared `contains`: `other` lies inside, not only on the boundary.
    public func contains(_ other: Geometry) throws(GeometryError) -> Bool {
        try relation("prepared contains", other) { GEOSPreparedContains_r($0, $1, $2) }
    }

    /// Prepared `containsProperly`: `other` lies inside without touching the boundary.
    public func containsProperly(_ other: Geometry) throws(GeometryError) -> Bool {
        try relation("prepared contains properly", other) { GEOSPreparedContainsProperly_r($0, $1, $2) }
    }

    /// Prepared `covers`: no point of `other` lies outside.
    public func covers(_ other: Geometry) throws(GeometryError) -> Bool {
        try relation("prepared covers", other) { GEOSPreparedCovers_r($0, $1, $2) }
    }

    /// Prepared `intersects`: the geometries share a point.
    public func intersects(_ other: Geometry) throws(GeometryError) -> Bool {
        try relation("prepared intersects", other) { GEOSPreparedIntersects_r($0, $1, $2) }
    }

    /// Whether a coordinate lies strictly inside the prepared geometry.
    public func contains(_ point: Coordinate) throws(GeometryError) -> Bool {
        try contains(try source.context.point(point))
    }

    /// Whether a coordinate lies inside or on the boundary of the prepared geometry.
    public func covers(_ point: Coordinate) throws(GeometryError) -> Bool {
        try covers(try source.context.point(point))
    }

    private func relation(
        _ operation: String, _ other: Geometry,
        _ body: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> CChar
    ) throws(GeometryError) -> Bool {
        let context = source.context
        try context.requireSame(other, operation)
        return try context.predicate(operation) { body($0, pointer, other.handle) }
    }
}
