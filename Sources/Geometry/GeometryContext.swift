import CGEOS

/// A GEOS context (GEOS_init_r … GEOS_finish_r) that creates geometries and collects GEOS's error messages.
///
/// Not thread-safe, like GEOS contexts themselves: give each thread or task its own context.
/// Every `Geometry` keeps its context alive.
public final class GeometryContext {
    let handle: GEOSContextHandle_t
    /// The last error message GEOS reported through the handler.
    private(set) var lastMessage: String?

    /// Creates a context with an error handler that records GEOS's messages.
    public init() {
        guard let h = GEOS_init_r() else { fatalError("GEOS_init_r returned NULL (out of memory)") }
        handle = h
        let userData = Unmanaged.passUnretained(self).toOpaque()
        GEOSContext_setErrorMessageHandler_r(handle, { message, userData in
            guard let userData, let message else { return }
            let context = Unmanaged<GeometryContext>.fromOpaque(userData).takeUnretainedValue()
            context.lastMessage = String(cString: message)
        }, userData)
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// The error for a failed operation, with GEOS's last message (consumed).
    func error(_ operation: String) -> GeometryError {
        let message = lastMessage ?? "no message from GEOS"
        lastMessage = nil
        return GeometryError(operation: operation, message: message)
    }

    /// Wraps an owned GEOS pointer, or throws the recorded error when it is NULL.
    func wrap(_ pointer: OpaquePointer?, _ operation: String) throws(GeometryError) -> Geometry {
        guard let pointer else { throw error(operation) }
        return Geometry(owning: pointer, context: self)
    }

    /// Makes a GEOS coordinate sequence from coordinates in one copy.
    func sequence(_ coordinates: [Coordinate], _ operation: String) throws(GeometryError) -> OpaquePointer {
        // Coordinate is two Doubles laid out as x, y: the buffer GEOS expects for 2D.
        let seq = coordinates.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: Double.self) { doubles in
                GEOSCoordSeq_copyFromBuffer_r(handle, doubles.baseAddress, UInt32(coordinates.count), 0, 0)
            }
        }
        guard let seq else { throw error(operation) }
        return seq
    }

    // MARK: Constructors

    /// A point.
    public func point(_ c: Coordinate) throws(GeometryError) -> Geometry {
        try wrap(GEOSGeom_createPointFromXY_r(handle, c.x, c.y), "point")
    }

    /// A line string through the coordinates (at least two).
    public func lineString(_ coordinates: [Coordinate]) throws(GeometryError) -> Geometry {
        guard coordinates.count >= 2 else { throw GeometryError(operation: "line string", message: "a line string needs at least 2 coordinates, got \(coordinates.count)") }
        let seq = try sequence(coordinates, "line string")
        return try wrap(GEOSGeom_createLineString_r(handle, seq), "line string")
    }

    /// A closed linear ring (first coordinate repeated at the end; at least four).
    public func linearRing(_ coordinates: [Coordinate]) throws(GeometryError) -> Geometry {
        guard coordinates.count >= 4 else { throw GeometryError(operation: "linear ring", message: "a ring needs at least 4 coordinates, got \(coordinates.count)") }
        let seq = try sequence(coordinates, "linear ring")
        return try wrap(GEOSGeom_createLinearRing_r(handle, seq), "linear ring")
    }

    /// A polygon from an exterior ring and holes (each closed).
    public func polygon(shell: [Coordinate], holes: [[Coordinate]] = []) throws(GeometryError) -> Geometry {
        let shellRing = try linearRing(shell)
        var holeRings: [Geometry] = []
        for hole in holes { holeRings.append(try linearRing(hole)) }
        // GEOS takes ownership of the rings: hand over the pointers and stop our wrappers from freeing them.
        var holePointers: [OpaquePointer?] = holeRings.map { $0.release() }
        let shellPointer = shellRing.release()
        let result = holePointers.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createPolygon_r(handle, shellPointer, buffer.baseAddress, UInt32(buffer.count))
        }
        return try wrap(result, "polygon")
    }

    /// An empty polygon.
    public func emptyPolygon() throws(GeometryError) -> Geometry {
        try wrap(GEOSGeom_createEmptyPolygon_r(handle), "empty polygon")
    }

    /// A collection of the given kind from copies of the geometries.
    public func collection(_ kind: GeometryType, _ geometries: [Geometry]) throws(GeometryError) -> Geometry {
        let typeID: Int32
        switch kind {
        case .multiPoint: typeID = Int32(GEOS_MULTIPOINT.rawValue)
        case .multiLineString: typeID = Int32(GEOS_MULTILINESTRING.rawValue)
        case .multiPolygon: typeID = Int32(GEOS_MULTIPOLYGON.rawValue)
        case .geometryCollection: typeID = Int32(GEOS_GEOMETRYCOLLECTION.rawValue)
        default: throw GeometryError(operation: "collection", message: "\(kind) is not a collection type")
        }
        // The collection takes ownership of its members: give it clones so the inputs stay usable.
        var members: [OpaquePointer?] = []
        for g in geometries {
            guard let clone = GEOSGeom_clone_r(handle, g.handle) else {
                members.forEach { GEOSGeom_destroy_r(handle, $0) }
                throw error("collection")
            }
            members.append(clone)
        }
        let result = members.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createCollection_r(handle, typeID, buffer.baseAddress, UInt32(buffer.count))
        }
        if result == nil { members.forEach { GEOSGeom_destroy_r(handle, $0) } }
        return try wrap(result, "collection")
    }

    /// Parses Well-Known Text.
    public func geometry(wkt: String) throws(GeometryError) -> Geometry {
        guard let reader = GEOSWKTReader_create_r(handle) else { throw error("WKT reader") }
        defer { GEOSWKTReader_destroy_r(handle, reader) }
        return try wrap(GEOSWKTReader_read_r(handle, reader, wkt), "WKT reader")
    }

    /// The faces enclosed by the given lines (they must be noded: union them first).
    public func polygonize(_ lines: [Geometry]) throws(GeometryError) -> Geometry {
        let pointers: [OpaquePointer?] = lines.map { $0.handle }
        let result = pointers.withUnsafeBufferPointer { buffer in
            GEOSPolygonize_r(handle, buffer.baseAddress, UInt32(buffer.count))
        }
        withExtendedLifetime(lines) {}
        return try wrap(result, "polygonize")
    }
}
