import CGEOS

extension GeometryContext {
    /// The faces enclosed by the given lines, as a GeometryCollection of polygons (GEOSPolygonize_r).
    /// The lines must be noded where they cross: union them first, or use `faces(enclosedBy:)`.
    public func polygonize(_ lines: [Geometry]) throws(GeometryError) -> Geometry {
        for line in lines { try requireSame(line, "polygonize") }
        // The inputs are only borrowed by GEOS: keep them alive until the call has returned.
        return try withExtendedLifetime(lines) { () throws(GeometryError) -> Geometry in
            let pointers: [OpaquePointer?] = lines.map { $0.handle }
            return try make("polygonize") { h in
                pointers.withUnsafeBufferPointer { GEOSPolygonize_r(h, $0.baseAddress, UInt32($0.count)) }
            }
        }
    }

    /// The faces enclosed by lines that may cross each other (two claim lines → the disputed areas):
    /// the lines are noded by a union, then polygonized.
    public func faces(enclosedBy lines: [Geometry]) throws(GeometryError) -> Geometry {
        guard var noded = lines.first else { return try polygonize([]) }
        for line in lines.dropFirst() { noded = try noded.union(line) }
        // A single line is not noded against itself by the loop above.
        if lines.count == 1 { noded = try noded.unaryUnion() }
        return try polygonize([noded])
    }
}
