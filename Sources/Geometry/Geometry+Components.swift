import CGEOS

extension Geometry {
    /// A copy of member `index` (safe to keep after this geometry is gone).
    public func geometry(at index: Int) throws(GeometryError) -> Geometry {
        let n = count
        guard index >= 0, index < n else {
            throw GeometryError(operation: "geometry(at:)", message: "index \(index) out of range 0..<\(n)")
        }
        context.resetMessages()
        // Borrowed from the parent, never to be destroyed: clone it so the copy owns itself.
        guard let member = GEOSGetGeometryN_r(ctx, handle, Int32(index)) else { throw context.error("geometry(at:)") }
        return try context.make("geometry(at:)") { GEOSGeom_clone_r($0, member) }
    }

    /// Copies of every member geometry.
    public func members() throws(GeometryError) -> [Geometry] {
        var out: [Geometry] = []
        for i in 0..<count { out.append(try geometry(at: i)) }
        return out
    }

    /// The coordinates of a point, line string or linear ring (empty for an empty one).
    public func coordinates() throws(GeometryError) -> [Coordinate] {
        let t = type
        guard t == .point || t == .lineString || t == .linearRing else {
            throw GeometryError(operation: "coordinates", message: "a \(t) has no single coordinate sequence; use exteriorRing(), interiorRings() or geometry(at:)")
        }
        context.resetMessages()
        // Borrowed: owned by the geometry, never destroyed here.
        guard let seq = GEOSGeom_getCoordSeq_r(ctx, handle) else { throw context.error("coordinates") }
        return try context.coordinates(of: seq, "coordinates")
    }

    /// The exterior ring's coordinates of a polygon (empty for an empty polygon).
    public func exteriorRing() throws(GeometryError) -> [Coordinate] {
        context.resetMessages()
        guard let ring = GEOSGetExteriorRing_r(ctx, handle) else { throw context.error("exterior ring") }
        return try ringCoordinates(ring, "exterior ring")
    }

    /// The interior rings' (holes') coordinates of a polygon.
    public func interiorRings() throws(GeometryError) -> [[Coordinate]] {
        context.resetMessages()
        let n = GEOSGetNumInteriorRings_r(ctx, handle)
        guard n >= 0 else { throw context.error("interior rings") }
        var out: [[Coordinate]] = []
        for i in 0..<n {
            guard let ring = GEOSGetInteriorRingN_r(ctx, handle, i) else { throw context.error("interior ring \(i)") }
            out.append(try ringCoordinates(ring, "interior ring \(i)"))
        }
        return out
    }

    /// The coordinates of a borrowed ring (owned by this polygon: never destroyed here).
    private func ringCoordinates(_ ring: OpaquePointer, _ operation: String) throws(GeometryError) -> [Coordinate] {
        guard let seq = GEOSGeom_getCoordSeq_r(ctx, ring) else { throw context.error(operation) }
        return try context.coordinates(of: seq, operation)
    }
}
