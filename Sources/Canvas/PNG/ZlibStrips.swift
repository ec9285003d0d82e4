import CZlib
import Dispatch
import Foundation

/// Where `produce` put one strip in the buffer it was handed: `[..<dataStart]` is the tail of
/// the previous strip (the deflate window's history, not output again), `[dataStart..<byteCount]`
/// the strip itself.
struct StripLayout {
    var byteCount: Int
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

    /// Compresses strips `0..<count`; `produce(i, buffer)` writes strip i's bytes (at most
    /// `capacity`) to `buffer` and may run on any thread.
    static func compress(count: Int, level: Int32, capacity: Int,
                         produce: (Int, UnsafeMutablePointer<UInt8>) throws -> StripLayout) throws -> [UInt8] {
        precondition(count > 0, "at least one strip")
        let results = UnsafeMutableBufferPointer<Result<(deflated: [UInt8], adler: UInt, length: Int), any Error>?>
            .allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        let next = StripCounter(count: count)
        withoutActuallyEscaping(produce) { produce in
            // Each worker pulls strips until none are left and reuses one buffer and one
            // deflate stream for all of them: a fresh 1 MiB buffer and zlib state per strip
            // cost page faults (~5 % of a render's samples). Pulling keeps both cores busy
            // when one is slowed by other work.
            let work = SharedWork { _ in
                let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                defer { buffer.deallocate() }
                var deflater: Deflater?
                while let i = next.take() {
                    results[i] = Result {
                        let layout = try produce(i, buffer)
                        precondition(layout.byteCount <= capacity && layout.dataStart <= layout.byteCount)
                        let history = UnsafeBufferPointer(start: buffer + max(0, layout.dataStart - window),
                                                          count: min(window, layout.dataStart))
                        let data = UnsafeBufferPointer(start: buffer + layout.dataStart,
                                                       count: layout.byteCount - layout.dataStart)
                        let stream: Deflater
                        if let reused = deflater {
                            try reused.reset()
                            stream = reused
                        } else {
                            stream = try Deflater(level: level, format: .raw)
                            deflater = stream
                        }
                        try stream.setDictionary(history)
                        let deflated = i == count - 1 ? try stream.finish(data) : try stream.syncFlush(data)
                        return (deflated, UInt(Adler32.update(1, UnsafeRawBufferPointer(data))), data.count)
                    }
                }
            }
            // One strip needs no thread hand-off; more go to Dispatch's pool, one worker per core.
            let workers = min(count, ProcessInfo.processInfo.activeProcessorCount)
            if workers <= 1 { work.run(0) } else { DispatchQueue.concurrentPerform(iterations: workers) { work.run($0) } }
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

/// Hands out strip indices in order, each once, to whichever worker asks first.
private final class StripCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int

    init(count: Int) { self.count = count }

    /// The next strip nobody has taken, or nil when all are taken.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}
