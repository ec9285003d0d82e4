import CGEOS

extension Geometry {
    /// Runs a GEOS predicate, which answers 1 (true), 0 (false) or 2 (error).
    private func predicate(_ name: String, _ body: () -> CChar) throws(GeometryError) -> Bool {
        switch body() {
        case 1: return true
        case 0: return false
        default: throw context.error(name)
        }
    }

    /// True when `other` lies inside this geometry and not only on its boundary.
    public func contains(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("contains") { GEOSContains_r(ctx, handle, other.handle) }
    }

    /// True when no point of `other` lies outside this geometry (boundary included).
    public func covers(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("covers") { GEOSCovers_r(ctx, handle, other.handle) }
    }

    /// True when the geometries share any point.
    public func intersects(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("intersects") { GEOSIntersects_r(ctx, handle, other.handle) }
    }

    /// True when this geometry lies inside `other`.
    public func within(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("within") { GEOSWithin_r(ctx, handle, other.handle) }
    }

    /// True when the geometries touch only at their boundaries.
    public func touches(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("touches") { GEOSTouches_r(ctx, handle, other.handle) }
    }

    /// True when the geometries cross (e.g. two lines meeting at an interior point).
    public func crosses(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("crosses") { GEOSCrosses_r(ctx, handle, other.handle) }
    }

    /// True for a simple geometry (a line that does not cross itself).
    public func isSimple() throws(GeometryError) -> Bool {
        try predicate("is simple") { GEOSisSimple_r(ctx, handle) }
    }

    /// A prepared version for many fast predicate tests against the same geometry.
    public func prepared() throws(GeometryError) -> PreparedGeometry {
        guard let p = GEOSPrepare_r(ctx, handle) else { throw context.error("prepare") }
        return PreparedGeometry(pointer: p, source: self)
    }
}

/// A GEOS prepared geometry (indexed for repeated predicates); keeps its source geometry alive.
public final class PreparedGeometry {
    private let pointer: OpaquePointer
    /// The geometry it was prepared from.
    public let source: Geometry

    init(pointer: OpaquePointer, source: Geometry) {
        self.pointer = pointer
        self.source = source
    }

    deinit {
        GEOSPreparedGeom_destroy_r(source.context.handle, pointer)
    }

    private func predicate(_ name: String, _ other: Geometry, _ body: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> CChar) throws(GeometryError) -> Bool {
        switch body(source.context.handle, pointer, other.handle) {
        case 1: return true
        case 0: return false
        default: throw source.context.error(name)
        }
    }

    /// Prepared `contains`.
    public func contains(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("prepared contains", other) { GEOSPreparedContains_r($0, $1, $2) }
    }

    /// Prepared `containsProperly` (no boundary contact).
    public func containsProperly(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("prepared contains properly", other) { GEOSPreparedContainsProperly_r($0, $1, $2) }
    }

    /// Prepared `covers`.
    public func covers(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("prepared covers", other) { GEOSPreparedCovers_r($0, $1, $2) }
    }

    /// Prepared `intersects`.
    public func intersects(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("prepared intersects", other) { GEOSPreparedIntersects_r($0, $1, $2) }
    }

    /// Whether a coordinate lies inside or on the prepared geometry.
    public func covers(_ point: Coordinate) throws(GeometryError) -> Bool {
        try covers(try source.context.point(point))
    }
}
