import CGEOS

extension Geometry {
    /// The distance along this line to the point on it nearest to `point` (GEOSProject_r).
    public func project(_ point: Coordinate) throws(GeometryError) -> Double {
        let p = try context.point(point)
        context.resetMessages()
        // GEOS answers -1 on exception; a real distance along a line is never negative.
        let d = GEOSProject_r(ctx, handle, p.handle)
        guard d >= 0 else { throw context.error("project") }
        return d
    }

    /// The point `distance` along this line (clamped to its ends; GEOSInterpolate_r).
    public func interpolate(_ distance: Double) throws(GeometryError) -> Coordinate {
        guard distance.isFinite else { throw GeometryError(operation: "interpolate", message: "distance \(distance) is not finite") }
        let p = try context.make("interpolate") { GEOSInterpolate_r($0, handle, distance) }
        guard let c = try p.coordinates().first else {
            throw GeometryError(operation: "interpolate", message: "an empty line has no points")
        }
        return c
    }

    /// The two nearest points, the first on this geometry and the second on `other`.
    public func nearestPoints(_ other: Geometry) throws(GeometryError) -> (Coordinate, Coordinate) {
        try context.requireSame(other, "nearest points")
        // GEOS returns NULL without a message for an empty input: say so ourselves.
        if isEmpty || other.isEmpty {
            throw GeometryError(operation: "nearest points", message: "an empty geometry has no nearest point")
        }
        context.resetMessages()
        // An owned sequence (unlike GEOSGeom_getCoordSeq_r's): destroy it after copying.
        guard let seq = GEOSNearestPoints_r(ctx, handle, other.handle) else { throw context.error("nearest points") }
        defer { GEOSCoordSeq_destroy_r(ctx, seq) }
        let points = try context.coordinates(of: seq, "nearest points")
        guard points.count == 2 else {
            throw GeometryError(operation: "nearest points", message: "GEOS returned \(points.count) points, expected 2")
        }
        return (points[0], points[1])
    }
}
