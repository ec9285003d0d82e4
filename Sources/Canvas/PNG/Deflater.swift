import CZlib

/// Owns one zlib deflate stream; ended exactly once in deinit.
final class Deflater {
    /// Heap-allocated because zlib checks that the stream never moves (state->strm == strm).
    private let stream: UnsafeMutablePointer<z_stream>
    private var output: [UInt8] = []
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)

    /// A zlib-format (RFC 1950) stream at `level` 0...9.
    init(level: Int32) throws {
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let rc = deflateInit2_(stream, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                               zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard rc == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw CanvasError.compression("deflateInit2 returned \(rc)")
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses `bytes` (more may follow).
    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base)
        stream.pointee.avail_in = UInt32(bytes.count)
        try run(flush: Z_NO_FLUSH)
    }

    /// Ends the stream and returns all compressed bytes.
    func finish() throws -> [UInt8] {
        stream.pointee.next_in = nil
        stream.pointee.avail_in = 0
        try run(flush: Z_FINISH)
        return output
    }

    private func run(flush: Int32) throws {
        let capacity = buffer.count
        try buffer.withUnsafeMutableBufferPointer { out in
            while true {
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = UInt32(capacity)
                let rc = deflate(stream, flush)
                guard rc == Z_OK || rc == Z_STREAM_END || rc == Z_BUF_ERROR else {
                    throw CanvasError.compression("deflate returned \(rc)")
                }
                let produced = capacity - Int(stream.pointee.avail_out)
                output.append(contentsOf: out[0..<produced])
                if flush == Z_FINISH {
                    if rc == Z_STREAM_END { return }
                } else if stream.pointee.avail_out != 0 {
                    return
                }
            }
        }
    }
}
