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
        // Plain structs, not Result<_, any Error>: instantiating that generic type checks the
        // Error conformance at run time, a scan of every conformance record in the binary.
        let results = UnsafeMutableBufferPointer<CompressedStrip?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        let queue = StripQueue(count: count)
        withoutActuallyEscaping(produce) { produce in
            // Each worker pulls strips until none are left and reuses one buffer and one
            // deflate stream for all of them: a fresh 1 MiB buffer and zlib state per strip
            // cost page faults (~5 % of a render's samples). Pulling keeps both cores busy
            // when one is slowed by other work.
            let work = SharedWork {
                var buffer: UnsafeMutablePointer<UInt8>?
                defer { buffer?.deallocate() }
                var deflater: Deflater?
                while let i = queue.take() {
                    do {
                        let bytes = buffer ?? UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                        buffer = bytes
                        let layout = try produce(i, bytes)
                        precondition(layout.byteCount <= capacity && layout.dataStart <= layout.byteCount)
                        let history = UnsafeBufferPointer(start: bytes + max(0, layout.dataStart - window),
                                                          count: min(window, layout.dataStart))
                        let data = UnsafeBufferPointer(start: bytes + layout.dataStart,
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
                        let adler = Adler32.update(1, UnsafeRawBufferPointer(data))
                        results[i] = CompressedStrip(deflated: deflated, adler: UInt(adler), length: data.count)
                    } catch {
                        queue.fail(error)
                    }
                }
            }
            // One strip needs no thread hand-off. More go to Dispatch's pool: one iteration per
            // strip, as many run at once as there are cores, and an iteration that starts after
            // the strips are all taken returns at once (so no core count is asked for: Foundation's
            // reads cgroup files).
            if count == 1 { work.run() } else { DispatchQueue.concurrentPerform(iterations: count) { _ in work.run() } }
        }
        if let error = queue.error { throw error }

        var out = header(level: level)
        var adler: UInt = 1
        for i in 0..<count {
            guard let strip = results[i] else { preconditionFailure("strip \(i) was not compressed") }
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

/// One strip's deflate output and the Adler-32 of its uncompressed bytes.
private struct CompressedStrip {
    var deflated: [UInt8]
    var adler: UInt
    var length: Int
}

/// A strip job handed to Dispatch's workers. Unchecked because the compiler cannot see that it
/// is safe: each strip is taken once, so each result slot is written by one worker, and the
/// producer only reads pixels that nothing writes while the image is encoded.
private struct SharedWork: @unchecked Sendable {
    let run: () -> Void
}

/// Hands out strip indices in order, each once, to whichever worker asks first, and keeps the
/// first error (after which no more strips are handed out).
private final class StripQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var firstError: (any Error)?
    private let count: Int

    init(count: Int) { self.count = count }

    /// The next strip nobody has taken, or nil when all are taken or one has failed.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count, firstError == nil else { return nil }
        next += 1
        return next - 1
    }

    /// Records a strip's failure; the first one is thrown after the workers finish.
    func fail(_ error: any Error) {
        lock.lock()
        defer { lock.unlock() }
        if firstError == nil { firstError = error }
    }

    /// The first failure, read after all workers have finished.
    var error: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return firstError
    }
}
