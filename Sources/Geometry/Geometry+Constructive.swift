import CGEOS

extension Geometry {
    /// The area within `distance` (quadrantSegments segments per quarter circle; negative shrinks polygons).
    public func buffer(_ distance: Double, quadrantSegments: Int = 8) throws(GeometryError) -> Geometry {
        guard distance.isFinite else { throw GeometryError(operation: "buffer", message: "distance \(distance) is not finite") }
        return try context.make("buffer") { GEOSBuffer_r($0, handle, distance, Int32(clamping: max(1, quadrantSegments))) }
    }

    /// A simplification (Douglas–Peucker) that keeps the topology valid: no new self-intersections.
    public func simplifyPreservingTopology(tolerance: Double) throws(GeometryError) -> Geometry {
        try context.make("topology-preserving simplify") { GEOSTopologyPreserveSimplify_r($0, handle, tolerance) }
    }

    /// The centroid (a point; empty for an empty geometry).
    public func centroid() throws(GeometryError) -> Geometry {
        try context.make("centroid") { GEOSGetCentroid_r($0, handle) }
    }

    /// A point guaranteed to lie on the geometry (inside a polygon, unlike the centroid): where a label goes.
    public func pointOnSurface() throws(GeometryError) -> Geometry {
        try context.make("point on surface") { GEOSPointOnSurface_r($0, handle) }
    }

    /// The envelope as a geometry (a polygon, or a point/line for degenerate extents).
    public func envelope() throws(GeometryError) -> Geometry {
        try context.make("envelope") { GEOSEnvelope_r($0, handle) }
    }

    /// The repaired geometry (GEOSMakeValid_r): a bow-tie becomes two triangles.
    public func makeValid() throws(GeometryError) -> Geometry {
        try context.make("make valid") { GEOSMakeValid_r($0, handle) }
    }
}
