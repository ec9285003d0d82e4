/// Feeds a document to the scanner in fixed-size buffers with overlap, so memory stays constant.
///
/// Each buffer is scanned for hits that *start* in its report window; the bytes after the window
/// (`margin`) are context for names, relative locations and dates that run past it, and the bytes
/// before it (`lookBehind`) are context for the rules that look back ("Lake", "22 km south-west of").
final class StreamingExtractor {
    private let scanner: DocumentScanner
    private var repair = UTF8Repair()
    private var buffer: [UInt8] = []
    private var reportFrom = 0
    private var bufferBase = 0
    private var bufferBaseCP = 0
    /// Absolute end of the last repaired input that held a non-ASCII byte: buffers starting at or
    /// after it are pure ASCII, where a code point is a byte.
    private var nonASCIIEnd = 0
    let chunkSize: Int
    static let margin = 4096
    static let lookBehind = 4096

    init(scanner: DocumentScanner, chunkSize: Int = 1 << 20) {
        self.scanner = scanner
        self.chunkSize = max(chunkSize, 1024)
        buffer.reserveCapacity(self.chunkSize + StreamingExtractor.margin + StreamingExtractor.lookBehind + 8)
    }

    /// True once invalid UTF-8 was replaced.
    var sawInvalidUTF8: Bool { repair.sawInvalid }

    /// Feeds raw bytes of the document.
    func feed(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count {
            // Feed at most one chunk at a time so the buffer never grows past chunk + margins.
            let room = max(1, chunkSize + StreamingExtractor.margin - (buffer.count - reportFrom))
            let n = min(room, bytes.count - offset)
            repair.repair(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + n)]), final: false, into: &buffer)
            noteNonASCII()
            offset += n
            if buffer.count - reportFrom >= chunkSize + StreamingExtractor.margin { process(final: false) }
        }
    }

    /// Ends the document.
    func finish() {
        repair.repair(UnsafeRawBufferPointer(start: nil, count: 0), final: true, into: &buffer)
        noteNonASCII()
        process(final: true)
        scanner.finish()
    }

    private func noteNonASCII() {
        if repair.sawNonASCII {
            repair.sawNonASCII = false
            nonASCIIEnd = bufferBase + buffer.count
        }
    }

    private func process(final: Bool) {
        var to = final ? buffer.count : buffer.count - StreamingExtractor.margin
        while to > reportFrom && to < buffer.count && buffer[to] & 0xC0 == 0x80 { to -= 1 }
        var carryStart = max(0, to - StreamingExtractor.lookBehind)
        while carryStart > 0 && buffer[carryStart] & 0xC0 == 0x80 { carryStart -= 1 }
        var nextBaseCP = 0
        let base = bufferBase, baseCP = bufferBaseCP, from = reportFrom
        let ascii = nonASCIIEnd <= base
        buffer.withUnsafeBufferPointer { buf in
            scanner.scan(buf, base: base, baseCP: baseCP, from: from, to: to, isLast: final, ascii: ascii)
            if !final { nextBaseCP = scanner.cp(carryStart) }
        }
        guard !final else { return }
        buffer.removeSubrange(0..<carryStart)
        bufferBase += carryStart
        bufferBaseCP = nextBaseCP
        reportFrom = to - carryStart
    }
}
