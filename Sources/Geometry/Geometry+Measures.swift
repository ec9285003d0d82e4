import CGEOS

extension Geometry {
    /// Area in the units of the coordinates, squared (project first for square metres).
    public func area() throws(GeometryError) -> Double {
        try context.measure("area") { GEOSArea_r($0, handle, &$1) }
    }

    /// Length (perimeter for polygons) in coordinate units.
    public func length() throws(GeometryError) -> Double {
        try context.measure("length") { GEOSLength_r($0, handle, &$1) }
    }

    /// Minimum distance to another geometry (0 when they intersect).
    public func distance(to other: Geometry) throws(GeometryError) -> Double {
        try context.requireSame(other, "distance")
        return try context.measure("distance") { GEOSDistance_r($0, handle, other.handle, &$1) }
    }

    /// The bounding box, or nil for an empty geometry.
    public func boundingBox() throws(GeometryError) -> BoundingBox? {
        if isEmpty { return nil }
        context.resetMessages()
        var minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0
        guard GEOSGeom_getExtent_r(ctx, handle, &minX, &minY, &maxX, &maxY) != 0 else { throw context.error("extent") }
        return BoundingBox(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }
}
