import CGEOS

extension Geometry {
    private func check(_ other: Geometry) throws(GeometryError) {
        guard other.context === context else {
            throw GeometryError(operation: "binary operation", message: "geometries belong to different GEOS contexts")
        }
    }

    /// The union with another geometry (also nodes two line geometries).
    public func union(_ other: Geometry) throws(GeometryError) -> Geometry {
        try check(other)
        return try context.wrap(GEOSUnion_r(ctx, handle, other.handle), "union")
    }

    /// The union of all members (nodes and dissolves a collection).
    public func unaryUnion() throws(GeometryError) -> Geometry {
        try context.wrap(GEOSUnaryUnion_r(ctx, handle), "unary union")
    }

    /// The intersection with another geometry.
    public func intersection(_ other: Geometry) throws(GeometryError) -> Geometry {
        try check(other)
        return try context.wrap(GEOSIntersection_r(ctx, handle, other.handle), "intersection")
    }

    /// This geometry minus another.
    public func difference(_ other: Geometry) throws(GeometryError) -> Geometry {
        try check(other)
        return try context.wrap(GEOSDifference_r(ctx, handle, other.handle), "difference")
    }

    /// The parts in exactly one of the two geometries.
    public func symmetricDifference(_ other: Geometry) throws(GeometryError) -> Geometry {
        try check(other)
        return try context.wrap(GEOSSymDifference_r(ctx, handle, other.handle), "symmetric difference")
    }

    /// Lines split at every intersection (GEOSNode).
    public func node() throws(GeometryError) -> Geometry {
        try context.wrap(GEOSNode_r(ctx, handle), "node")
    }

    /// The area within `distance` (quadrantSegments segments per quarter circle).
    public func buffer(_ distance: Double, quadrantSegments: Int = 8) throws(GeometryError) -> Geometry {
        try context.wrap(GEOSBuffer_r(ctx, handle, distance, Int32(quadrantSegments)), "buffer")
    }

    /// A simplification that keeps the topology valid (no self-intersections introduced).
    public func simplifyPreservingTopology(tolerance: Double) throws(GeometryError) -> Geometry {
        try context.wrap(GEOSTopologyPreserveSimplify_r(ctx, handle, tolerance), "topology-preserving simplify")
    }

    /// The centroid (a point; empty for an empty geometry).
    public func centroid() throws(GeometryError) -> Geometry {
        try context.wrap(GEOSGetCentroid_r(ctx, handle), "centroid")
    }

    /// A point guaranteed to lie on the geometry (inside a polygon, unlike the centroid).
    public func pointOnSurface() throws(GeometryError) -> Geometry {
        try context.wrap(GEOSPointOnSurface_r(ctx, handle), "point on surface")
    }

    /// The envelope as a geometry.
    public func envelope() throws(GeometryError) -> Geometry {
        try context.wrap(GEOSEnvelope_r(ctx, handle), "envelope")
    }

    /// The repaired geometry (GEOSMakeValid): a bow-tie becomes two triangles.
    public func makeValid() throws(GeometryError) -> Geometry {
        try context.wrap(GEOSMakeValid_r(ctx, handle), "make valid")
    }

    /// The two nearest points, one on each geometry.
    public func nearestPoints(_ other: Geometry) throws(GeometryError) -> (Coordinate, Coordinate) {
        try check(other)
        guard let seq = GEOSNearestPoints_r(ctx, handle, other.handle) else { throw context.error("nearest points") }
        defer { GEOSCoordSeq_destroy_r(ctx, seq) }
        let points = try Geometry.read(seq, context)
        guard points.count == 2 else { throw GeometryError(operation: "nearest points", message: "expected 2 points") }
        return (points[0], points[1])
    }

    /// The distance along a line to the point on it nearest to `point`.
    public func project(_ point: Coordinate) throws(GeometryError) -> Double {
        let p = try context.point(point)
        let d = GEOSProject_r(ctx, handle, p.handle)
        guard d >= 0 else { throw context.error("project") }
        return d
    }

    /// The point at `distance` along a line.
    public func interpolate(_ distance: Double) throws(GeometryError) -> Coordinate {
        let p = try context.wrap(GEOSInterpolate_r(ctx, handle, distance), "interpolate")
        return try p.coordinates().first ?? Coordinate(x: .nan, y: .nan)
    }
}
