import CZlib

/// Owns one zlib deflate stream; ended exactly once in deinit.
final class Deflater {
    /// The framing of the compressed bytes.
    enum Format {
        /// RFC 1950: header, deflate data, Adler-32 (what a PNG's IDAT holds).
        case zlib
        /// Bare RFC 1951 deflate data, for a strip of a larger stream framed by the caller.
        case raw
    }

    /// Heap-allocated because zlib checks that the stream never moves (state->strm == strm).
    private let stream: UnsafeMutablePointer<z_stream>
    private var output: [UInt8] = []
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)

    /// A stream at `level` 0...9.
    init(level: Int32, format: Format = .zlib) throws {
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let windowBits = format == .zlib ? MAX_WBITS : -MAX_WBITS
        let rc = deflateInit2_(stream, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY,
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

    /// Starts a new stream with the same settings, as a fresh one would (deflateReset keeps the
    /// allocations, so a worker compressing many strips touches its memory once); the output so
    /// far is dropped.
    func reset() throws {
        let rc = deflateReset(stream)
        guard rc == Z_OK else { throw CanvasError.compression("deflateReset returned \(rc)") }
        output = []
    }

    /// Primes the window with bytes that precede this stream's data (raw streams only: a zlib
    /// stream would then demand the dictionary from its reader).
    func setDictionary(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        let rc = deflateSetDictionary(stream, base, UInt32(bytes.count))
        guard rc == Z_OK else { throw CanvasError.compression("deflateSetDictionary returned \(rc)") }
    }

    /// Compresses `bytes` (more may follow).
    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        try run(bytes, flush: Z_NO_FLUSH)
    }

    /// Compresses `bytes`, then ends the output on a byte boundary with a non-final empty
    /// stored block (Z_SYNC_FLUSH), so another raw stream can follow it; returns all output.
    func syncFlush(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [UInt8] {
        try run(bytes, flush: Z_SYNC_FLUSH)
        return output
    }

    /// Compresses `bytes`, ends the stream and returns all compressed bytes.
    func finish(_ bytes: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)) throws -> [UInt8] {
        try run(bytes, flush: Z_FINISH)
        return output
    }

    private func run(_ bytes: UnsafeBufferPointer<UInt8>, flush: Int32) throws {
        if flush == Z_NO_FLUSH && bytes.isEmpty { return }
        stream.pointee.next_in = bytes.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
        stream.pointee.avail_in = UInt32(bytes.count)
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
                    // Room was left over, so all input is consumed and (for a sync flush) the
                    // flush marker written.
                    return
                }
            }
        }
    }
}
