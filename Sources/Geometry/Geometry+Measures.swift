import CGEOS

extension Geometry {
    /// Area in the units of the coordinates, squared (project first for square metres).
    public func area() throws(GeometryError) -> Double {
        var value = 0.0
        guard GEOSArea_r(ctx, handle, &value) != 0 else { throw context.error("area") }
        return value
    }

    /// Length (perimeter for polygons) in coordinate units.
    public func length() throws(GeometryError) -> Double {
        var value = 0.0
        guard GEOSLength_r(ctx, handle, &value) != 0 else { throw context.error("length") }
        return value
    }

    /// Minimum distance to another geometry.
    public func distance(to other: Geometry) throws(GeometryError) -> Double {
        var value = 0.0
        guard GEOSDistance_r(ctx, handle, other.handle, &value) != 0 else { throw context.error("distance") }
        return value
    }
}
