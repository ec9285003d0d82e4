import CGEOS

extension Geometry {
    /// The union with another geometry (also nodes two line geometries where they cross).
    public func union(_ other: Geometry) throws(GeometryError) -> Geometry {
        try binary("union", other) { GEOSUnion_r($0, $1, $2) }
    }

    /// The union of all members (dissolves overlapping polygons, nodes a set of lines).
    public func unaryUnion() throws(GeometryError) -> Geometry {
        try context.make("unary union") { GEOSUnaryUnion_r($0, handle) }
    }

    /// The intersection with another geometry.
    public func intersection(_ other: Geometry) throws(GeometryError) -> Geometry {
        try binary("intersection", other) { GEOSIntersection_r($0, $1, $2) }
    }

    /// This geometry minus another.
    public func difference(_ other: Geometry) throws(GeometryError) -> Geometry {
        try binary("difference", other) { GEOSDifference_r($0, $1, $2) }
    }

    /// The parts in exactly one of the two geometries.
    public func symmetricDifference(_ other: Geometry) throws(GeometryError) -> Geometry {
        try binary("symmetric difference", other) { GEOSSymDifference_r($0, $1, $2) }
    }

    /// The lines split at every intersection, as a MultiLineString (GEOSNode_r).
    public func node() throws(GeometryError) -> Geometry {
        try context.make("node") { GEOSNode_r($0, handle) }
    }

    /// A GEOS operation on two geometries of the same context, returning a new one.
    private func binary(
        _ operation: String, _ other: Geometry,
        _ body: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> OpaquePointer?
    ) throws(GeometryError) -> Geometry {
        try context.requireSame(other, operation)
        return try context.make(operation) { body($0, handle, other.handle) }
    }
}
