import CGEOS

extension Geometry {
    /// True when `other` lies inside this geometry and not only on its boundary.
    public func contains(_ other: Geometry) throws(GeometryError) -> Bool {
        try relation("contains", other) { GEOSContains_r($0, $1, $2) }
    }

    /// True when no point of `other` lies outside this geometry (boundary included).
    public func covers(_ other: Geometry) throws(GeometryError) -> Bool {
        try relation("covers", other) { GEOSCovers_r($0, $1, $2) }
    }

    /// True when the geometries share any point.
    public func intersects(_ other: Geometry) throws(GeometryError) -> Bool {
        try relation("intersects", other) { GEOSIntersects_r($0, $1, $2) }
    }

    /// True when this geometry lies inside `other`.
    public func within(_ other: Geometry) throws(GeometryError) -> Bool {
        try relation("within", other) { GEOSWithin_r($0, $1, $2) }
    }

    /// True when the geometries touch only at their boundaries.
    public func touches(_ other: Geometry) throws(GeometryError) -> Bool {
        try relation("touches", other) { GEOSTouches_r($0, $1, $2) }
    }

    /// True when the geometries cross (e.g. two lines meeting at an interior point).
    public func crosses(_ other: Geometry) throws(GeometryError) -> Bool {
        try relation("crosses", other) { GEOSCrosses_r($0, $1, $2) }
    }

    /// True when the geometries are topologically equal (same point set, any vertex order).
    public func equals(_ other: Geometry) throws(GeometryError) -> Bool {
        try relation("equals", other) { GEOSEquals_r($0, $1, $2) }
    }

    /// True for a simple geometry (a line that does not cross or touch itself).
    public func isSimple() throws(GeometryError) -> Bool {
        try context.predicate("is simple") { GEOSisSimple_r($0, handle) }
    }

    /// True when valid by the OGC rules; `validity()` says why not.
    public func isValid() throws(GeometryError) -> Bool {
        try context.predicate("is valid") { GEOSisValid_r($0, handle) }
    }

    /// A prepared version for many fast predicate tests against this geometry.
    public func prepared() throws(GeometryError) -> PreparedGeometry {
        context.resetMessages()
        guard let p = GEOSPrepare_r(ctx, handle) else { throw context.error("prepare") }
        return PreparedGeometry(owning: p, source: self)
    }

    /// A GEOS binary predicate between geometries of the same context.
    private func relation(
        _ operation: String, _ other: Geometry,
        _ body: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> CChar
    ) throws(GeometryError) -> Bool {
        try context.requireSame(other, operation)
        return try context.predicate(operation) { body($0, handle, other.handle) }
    }
}
