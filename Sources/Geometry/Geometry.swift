import CGEOS

/// A GEOS geometry owned by Swift: freed exactly once when the last reference goes.
///
/// Keeps its `GeometryContext` alive. Not thread-safe (neither is its context).
public final class Geometry {
    /// The GEOS pointer; nil after `release()` handed ownership to GEOS.
    private var pointer: OpaquePointer?
    /// The context that created it.
    public let context: GeometryContext

    init(owning pointer: OpaquePointer, context: GeometryContext) {
        self.pointer = pointer
        self.context = context
    }

    deinit {
        if let pointer { GEOSGeom_destroy_r(context.handle, pointer) }
    }

    /// The live GEOS pointer (internal: never exposed publicly).
    var handle: OpaquePointer { pointer! }

    /// Gives up ownership (GEOS took it over, e.g. a ring inside a new polygon).
    func release() -> OpaquePointer {
        let p = pointer!
        pointer = nil
        return p
    }

    var ctx: GEOSContextHandle_t { context.handle }

    /// The geometry's type.
    public var type: GeometryType {
        GeometryType(geosTypeID: GEOSGeomTypeId_r(ctx, handle)) ?? .geometryCollection
    }

    /// True for an empty geometry.
    public var isEmpty: Bool { GEOSisEmpty_r(ctx, handle) == 1 }

    /// Number of member geometries (1 for a simple geometry).
    public var count: Int { Int(GEOSGetNumGeometries_r(ctx, handle)) }

    /// A copy of member `index` (safe to keep after this geometry is gone).
    public func geometry(at index: Int) throws(GeometryError) -> Geometry {
        guard index >= 0, index < count, let member = GEOSGetGeometryN_r(ctx, handle, Int32(index)) else {
            throw GeometryError(operation: "member", message: "index \(index) out of range 0..<\(count)")
        }
        // The member is borrowed from its parent: clone it so the copy owns itself.
        return try context.wrap(GEOSGeom_clone_r(ctx, member), "clone")
    }

    /// Copies of every member geometry.
    public func members() throws(GeometryError) -> [Geometry] {
        var out: [Geometry] = []
        for i in 0..<count { out.append(try geometry(at: i)) }
        return out
    }

    /// A deep copy.
    public func clone() throws(GeometryError) -> Geometry {
        try context.wrap(GEOSGeom_clone_r(ctx, handle), "clone")
    }

    /// The coordinates of a point, line string or linear ring.
    public func coordinates() throws(GeometryError) -> [Coordinate] {
        guard let seq = GEOSGeom_getCoordSeq_r(ctx, handle) else { throw context.error("coordinates") }
        return try Geometry.read(seq, context)
    }

    /// The exterior ring's coordinates of a polygon.
    public func exteriorRing() throws(GeometryError) -> [Coordinate] {
        guard let ring = GEOSGetExteriorRing_r(ctx, handle), let seq = GEOSGeom_getCoordSeq_r(ctx, ring) else {
            throw context.error("exterior ring")
        }
        return try Geometry.read(seq, context)
    }

    /// The interior rings' coordinates of a polygon.
    public func interiorRings() throws(GeometryError) -> [[Coordinate]] {
        let n = GEOSGetNumInteriorRings_r(ctx, handle)
        guard n >= 0 else { throw context.error("interior rings") }
        var out: [[Coordinate]] = []
        for i in 0..<n {
            guard let ring = GEOSGetInteriorRingN_r(ctx, handle, i), let seq = GEOSGeom_getCoordSeq_r(ctx, ring) else {
                throw context.error("interior ring")
            }
            out.append(try Geometry.read(seq, context))
        }
        return out
    }

    /// Copies a borrowed coordinate sequence into Swift coordinates in one call.
    static func read(_ seq: OpaquePointer, _ context: GeometryContext) throws(GeometryError) -> [Coordinate] {
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(context.handle, seq, &size) != 0 else { throw context.error("coordinate sequence size") }
        var out = [Coordinate](repeating: Coordinate(x: 0, y: 0), count: Int(size))
        guard size > 0 else { return out }
        let ok = out.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: Double.self) { doubles in
                GEOSCoordSeq_copyToBuffer_r(context.handle, seq, doubles.baseAddress, 0, 0)
            }
        }
        guard ok != 0 else { throw context.error("coordinate sequence copy") }
        return out
    }

    /// Well-Known Text with a fixed number of decimals and trailing zeros trimmed.
    public func wkt(precision: Int = 6) throws(GeometryError) -> String {
        guard let writer = GEOSWKTWriter_create_r(ctx) else { throw context.error("WKT writer") }
        defer { GEOSWKTWriter_destroy_r(ctx, writer) }
        GEOSWKTWriter_setTrim_r(ctx, writer, 1)
        GEOSWKTWriter_setRoundingPrecision_r(ctx, writer, Int32(precision))
        guard let text = GEOSWKTWriter_write_r(ctx, writer, handle) else { throw context.error("WKT writer") }
        defer { GEOSFree_r(ctx, text) }
        return String(cString: text)
    }

    /// The bounding box, or nil for an empty geometry.
    public func boundingBox() throws(GeometryError) -> BoundingBox? {
        if isEmpty { return nil }
        var minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0
        guard GEOSGeom_getExtent_r(ctx, handle, &minX, &minY, &maxX, &maxY) != 0 else { throw context.error("extent") }
        return BoundingBox(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }
}
