import CGEOS

extension GeometryContext {
    /// A point.
    public func point(_ c: Coordinate) throws(GeometryError) -> Geometry {
        guard c.isFinite else { throw GeometryError(operation: "point", message: "coordinate is not finite: \(c)") }
        return try make("point") { GEOSGeom_createPointFromXY_r($0, c.x, c.y) }
    }

    /// A line string through the coordinates (at least two).
    public func lineString(_ coordinates: [Coordinate]) throws(GeometryError) -> Geometry {
        guard coordinates.count >= 2 else {
            throw GeometryError(operation: "line string", message: "a line string needs at least 2 coordinates, got \(coordinates.count)")
        }
        let seq = try sequence(coordinates, "line string")
        // The constructor owns the sequence from here on, even when it fails (GEOS frees it then).
        return try make("line string") { GEOSGeom_createLineString_r($0, seq) }
    }

    /// A closed linear ring (the first coordinate repeated at the end; at least four).
    public func linearRing(_ coordinates: [Coordinate]) throws(GeometryError) -> Geometry {
        try wrap(try ringPointer(coordinates), "linear ring")
    }

    /// A polygon from an exterior ring and holes, each closed.
    public func polygon(shell: [Coordinate], holes: [[Coordinate]] = []) throws(GeometryError) -> Geometry {
        // Raw ring pointers, not Geometry objects: GEOSGeom_createPolygon_r takes them over, and until
        // it does they are ours to free if a later ring turns out to be bad.
        let shellRing = try ringPointer(shell)
        var holeRings: [OpaquePointer?] = []
        holeRings.reserveCapacity(holes.count)
        for hole in holes {
            do {
                holeRings.append(try ringPointer(hole))
            } catch {
                GEOSGeom_destroy_r(handle, shellRing)
                holeRings.forEach { GEOSGeom_destroy_r(handle, $0) }
                throw GeometryError(operation: "polygon", message: "hole \(holeRings.count): \(error.message)")
            }
        }
        return try make("polygon") { h in
            holeRings.withUnsafeMutableBufferPointer { GEOSGeom_createPolygon_r(h, shellRing, $0.baseAddress, UInt32($0.count)) }
        }
    }

    /// An empty polygon (what an empty intersection of areas looks like).
    public func emptyPolygon() throws(GeometryError) -> Geometry {
        try make("empty polygon") { GEOSGeom_createEmptyPolygon_r($0) }
    }

    /// A multi-point from point geometries (copied; the inputs stay usable).
    public func multiPoint(_ points: [Geometry]) throws(GeometryError) -> Geometry {
        try collection(.multiPoint, points)
    }

    /// A multi-line-string from line strings (copied).
    public func multiLineString(_ lines: [Geometry]) throws(GeometryError) -> Geometry {
        try collection(.multiLineString, lines)
    }

    /// A multi-polygon from polygons (copied).
    public func multiPolygon(_ polygons: [Geometry]) throws(GeometryError) -> Geometry {
        try collection(.multiPolygon, polygons)
    }

    /// A geometry collection of any geometries (copied).
    public func collection(_ geometries: [Geometry]) throws(GeometryError) -> Geometry {
        try collection(.geometryCollection, geometries)
    }

    /// A collection of the given kind from copies of the geometries.
    public func collection(_ kind: GeometryType, _ geometries: [Geometry]) throws(GeometryError) -> Geometry {
        let operation = "collection"
        guard let typeID = kind.collectionTypeID else {
            throw GeometryError(operation: operation, message: "\(kind) is not a collection type")
        }
        for (i, g) in geometries.enumerated() {
            try requireSame(g, operation)
            // GEOS 3.11 does not check member types: a MultiPoint of polygons would be built and break later.
            if let member = kind.memberType, g.type != member {
                throw GeometryError(operation: operation, message: "member \(i) is a \(g.type), but a \(kind) holds only \(member)s")
            }
        }
        // The collection takes ownership of its members: hand it clones so the inputs stay usable.
        resetMessages()
        var members: [OpaquePointer?] = []
        members.reserveCapacity(geometries.count)
        for g in geometries {
            guard let copy = GEOSGeom_clone_r(handle, g.handle) else {
                members.forEach { GEOSGeom_destroy_r(handle, $0) }
                throw error(operation)
            }
            members.append(copy)
        }
        // From this call on the members belong to GEOS, even if it fails: never free them here.
        return try make(operation) { h in
            members.withUnsafeMutableBufferPointer { GEOSGeom_createCollection_r(h, typeID, $0.baseAddress, UInt32($0.count)) }
        }
    }

    /// A new linear ring the caller owns (or hands over to a polygon).
    private func ringPointer(_ coordinates: [Coordinate]) throws(GeometryError) -> OpaquePointer {
        let operation = "linear ring"
        guard coordinates.count >= 4 else {
            throw GeometryError(operation: operation, message: "a ring needs at least 4 coordinates (closed), got \(coordinates.count)")
        }
        let seq = try sequence(coordinates, operation)
        resetMessages()
        // Like line strings, the ring constructor owns `seq` whether or not it succeeds.
        guard let ring = GEOSGeom_createLinearRing_r(handle, seq) else { throw error(operation) }
        return ring
    }
}
