import CGEOS

// GEOS copies 2D coordinates to and from a flat buffer of x, y pairs. Coordinate is a struct of
// two Doubles stored as x then y, so an array of them *is* such a buffer; this checks that once
// instead of trusting it, and falls back to an explicit copy if the layout ever changes.
private let coordinateIsXYPair =
    MemoryLayout<Coordinate>.stride == 2 * MemoryLayout<Double>.stride
    && MemoryLayout<Coordinate>.offset(of: \Coordinate.x) == 0
    && MemoryLayout<Coordinate>.offset(of: \Coordinate.y) == MemoryLayout<Double>.stride

extension GeometryContext {
    /// A new GEOS coordinate sequence holding `coordinates`, made in one copy (GEOSCoordSeq_copyFromBuffer_r).
    /// The caller owns the result (or hands it to a constructor, which takes it over).
    func sequence(_ coordinates: [Coordinate], _ operation: String) throws(GeometryError) -> OpaquePointer {
        // GEOS accepts NaN and infinity and then computes nonsense with them: refuse them here.
        if let bad = coordinates.firstIndex(where: { !$0.isFinite }) {
            throw GeometryError(operation: operation, message: "coordinate \(bad) is not finite: \(coordinates[bad])")
        }
        resetMessages()
        let count = UInt32(coordinates.count)
        let seq: OpaquePointer?
        if coordinateIsXYPair {
            seq = coordinates.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: Double.self) { GEOSCoordSeq_copyFromBuffer_r(handle, $0.baseAddress, count, 0, 0) }
            }
        } else {
            let flat = coordinates.flatMap { [$0.x, $0.y] }
            seq = GEOSCoordSeq_copyFromBuffer_r(handle, flat, count, 0, 0)
        }
        guard let seq else { throw error(operation) }
        return seq
    }

    /// The coordinates of a borrowed sequence, copied out in one call (GEOSCoordSeq_copyToBuffer_r).
    func coordinates(of seq: OpaquePointer, _ operation: String) throws(GeometryError) -> [Coordinate] {
        resetMessages()
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(handle, seq, &size) != 0 else { throw error(operation) }
        guard size > 0 else { return [] }
        let ok: Int32
        var out: [Coordinate]
        if coordinateIsXYPair {
            out = [Coordinate](repeating: Coordinate(x: 0, y: 0), count: Int(size))
            ok = out.withUnsafeMutableBufferPointer { buffer in
                buffer.withMemoryRebound(to: Double.self) { GEOSCoordSeq_copyToBuffer_r(handle, seq, $0.baseAddress, 0, 0) }
            }
        } else {
            var flat = [Double](repeating: 0, count: 2 * Int(size))
            ok = GEOSCoordSeq_copyToBuffer_r(handle, seq, &flat, 0, 0)
            out = (0..<Int(size)).map { Coordinate(x: flat[2 * $0], y: flat[2 * $0 + 1]) }
        }
        guard ok != 0 else { throw error(operation) }
        return out
    }
}
