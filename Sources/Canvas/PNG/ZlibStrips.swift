import CZlib
import Dispatch

/// The uncompressed bytes of one strip: `bytes[..<dataStart]` is the tail of the previous
/// strip (the deflate window's history, not output again), `bytes[dataStart...]` the strip itself.
struct StripBytes {
    var bytes: [UInt8]
    var dataStart: Int
}

/// Builds one zlib stream (RFC 1950) from strips compressed in parallel, as pigz does: each
/// strip is a raw deflate stream primed with the previous strip's last 32 KiB and ended by a
/// sync flush (byte-aligned, not final), the last one by Z_FINISH; the Adler-32s of the strips
/// are joined with adler32_combine. The bytes depend on the strip boundaries only, never on how
/// many cores ran the strips or in which order.
enum ZlibStrips {
    /// The deflate window: history beyond it cannot be referenced, so priming uses no more.
    static let window = 1 << 15

    /// Compresses strips `0..<count`; `produce(i)` makes strip i's bytes and may run on any thread.
    static func compress(count: Int, level: Int32, produce: (Int) throws -> StripBytes) throws -> [UInt8] {
        precondition(count > 0, "at least one strip")
        let results = UnsafeMutableBufferPointer<Result<(deflated: [UInt8], adler: UInt, length: Int), any Error>?>
            .allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        withoutActuallyEscaping(produce) { produce in
            let work = SharedWork { i in
                results[i] = Result {
                    let strip = try produce(i)
                    return try strip.bytes.withUnsafeBufferPointer { all in
                        let data = UnsafeBufferPointer(rebasing: all[strip.dataStart...])
                        let deflater = try Deflater(level: level, format: .raw)
                        try deflater.setDictionary(UnsafeBufferPointer(rebasing: all[max(0, strip.dataStart - window)..<strip.dataStart]))
                        let deflated = i == count - 1 ? try deflater.finish(data) : try deflater.syncFlush(data)
                        return (deflated, UInt(Adler32.update(1, UnsafeRawBufferPointer(data))), data.count)
                    }
                }
            }
            // One strip needs no thread hand-off; more go to Dispatch's pool, one worker per core.
            if count == 1 { work.run(0) } else { DispatchQueue.concurrentPerform(iterations: count) { work.run($0) } }
        }

        var out = header(level: level)
        var adler: UInt = 1
        for i in 0..<count {
            guard let result = results[i] else { preconditionFailure("strip \(i) was not compressed") }
            let strip = try result.get()
            out += strip.deflated
            adler = adler32_combine(adler, strip.adler, strip.length)
        }
        PNGChunkWriter.appendBigEndian(UInt32(truncatingIfNeeded: adler), to: &out)
        return out
    }

    /// The two header bytes zlib itself writes: deflate with a 32 KiB window, the level class
    /// (informative only), no preset dictionary, and the check bits.
    static func header(level: Int32) -> [UInt8] {
        let levelClass: UInt16 = level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3
        var h: UInt16 = 0x7800 | levelClass << 6
        h += (31 - h % 31) % 31
        return [UInt8(h >> 8), UInt8(h & 0xFF)]
    }
}

/// A strip job handed to Dispatch's workers. Unchecked because the compiler cannot see that it
/// is safe: each call writes only its own result slot, and the producer only reads pixels that
/// nothing writes while the image is encoded.
private struct SharedWork: @unchecked Sendable {
    let run: (Int) -> Void
}
