/// Feeds a document to the scanner in fixed-size buffers with overlap, so memory stays constant.
///
/// Each buffer is scanned for hits that *start* in its report window; the bytes after the window
/// (`margin`) are context for names, relative locations and dates that run past it, and the bytes
/// before it (`lookBehind`) are context for the rules that look back ("Lake", "22 km south-west of").
///
/// A buffer's bytes are either a repaired copy of the input (`buffer`) or, while a mapped file is
/// fed and its bytes are valid UTF-8, the file's own bytes where they lie in the map (`borrowedStart`,
/// see `feed(file:)`). Both give the scanner the same buffers; the second saves the copy.
final class StreamingExtractor {
    let scanner: DocumentScanner
    var repair = UTF8Repair()
    /// The buffer's bytes while they are copied.
    var buffer: [UInt8] = []
    /// The buffer's length, wherever its bytes are.
    var count = 0
    /// File offset of the buffer's first byte while the buffer is the mapped file's own bytes;
    /// nil while they are in `buffer`.
    var borrowedStart: Int?
    /// The mapped file being fed, if any.
    var source: MappedWindow?
    var reportFrom = 0
    var bufferBase = 0
    var bufferBaseCP = 0
    /// Absolute end of the last repaired input that held a non-ASCII byte: buffers starting at or
    /// after it are pure ASCII, where a code point is a byte.
    var nonASCIIEnd = 0
    /// Absolute end of the output of the last repair that replaced invalid bytes: a buffer starting
    /// at or after it holds the input's bytes unchanged.
    var replacedEnd = 0
    /// Sees every scan call (tests compare the copying and the in-place paths with it).
    var traceScan: ((ScanCall) -> Void)?
    let chunkSize: Int
    static let margin = 4096
    static let lookBehind = 4096

    init(scanner: DocumentScanner, chunkSize: Int = 1 << 20) {
        self.scanner = scanner
        self.chunkSize = max(chunkSize, 1024)
    }

    /// True once invalid UTF-8 was replaced.
    var sawInvalidUTF8: Bool { repair.sawInvalid }

    /// How many more input bytes may be taken before the buffer must be scanned.
    var room: Int { max(1, chunkSize + StreamingExtractor.margin - (count - reportFrom)) }

    /// True when the buffer holds a report window and its margin: time to scan it.
    var isFull: Bool { count - reportFrom >= chunkSize + StreamingExtractor.margin }

    /// Feeds raw bytes of the document (copied into the buffer).
    func feed(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count {
            // Feed at most one chunk at a time so the buffer never grows past chunk + margins.
            let n = min(room, bytes.count - offset)
            copy(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + n)]))
            offset += n
            if isFull { process(final: false) }
        }
    }

    /// Ends a document fed with `feed(_:)`.
    func finish() {
        precondition(borrowedStart == nil, "a mapped file ends with finishFile()")
        copy(UnsafeRawBufferPointer(start: nil, count: 0), final: true)
        process(final: true)
        scanner.finish()
    }

    /// Repairs input onto the copied buffer.
    func copy(_ bytes: UnsafeRawBufferPointer, final: Bool = false) {
        if buffer.capacity == 0 { buffer.reserveCapacity(chunkSize + StreamingExtractor.margin + StreamingExtractor.lookBehind + 8) }
        let replaced = repair.replacements
        repair.repair(bytes, final: final, into: &buffer)
        count = buffer.count
        if repair.replacements != replaced { replacedEnd = bufferBase + count }
        noteNonASCII()
    }

    /// Notes where the last non-ASCII input ended (see `nonASCIIEnd`).
    func noteNonASCII() {
        if repair.sawNonASCII {
            repair.sawNonASCII = false
            nonASCIIEnd = bufferBase + count
        }
    }

    /// Scans the copied buffer and drops what the next one does not need.
    func process(final: Bool) {
        let drop = buffer.withUnsafeBufferPointer { scanAndAdvance($0, final: final) }
        buffer.removeSubrange(0..<drop)
    }

    /// Scans the current buffer `buf` (copied or in place) and moves the report window on; returns
    /// how many leading bytes the next buffer no longer needs.
    func scanAndAdvance(_ buf: UnsafeBufferPointer<UInt8>, final: Bool) -> Int {
        var to = final ? buf.count : buf.count - StreamingExtractor.margin
        while to > reportFrom && to < buf.count && buf[to] & 0xC0 == 0x80 { to -= 1 }
        var carryStart = max(0, to - StreamingExtractor.lookBehind)
        while carryStart > 0 && buf[carryStart] & 0xC0 == 0x80 { carryStart -= 1 }
        let base = bufferBase, baseCP = bufferBaseCP, from = reportFrom
        let ascii = nonASCIIEnd <= base
        traceScan?(ScanCall(base: base, baseCP: baseCP, from: from, to: to, isLast: final, ascii: ascii, bytes: Array(buf)))
        scanner.scan(buf, base: base, baseCP: baseCP, from: from, to: to, isLast: final, ascii: ascii)
        guard !final else { return 0 }
        bufferBaseCP = scanner.cp(carryStart)
        bufferBase += carryStart
        count -= carryStart
        reportFrom = to - carryStart
        return carryStart
    }
}

/// The arguments of one `DocumentScanner.scan` call and the bytes it saw.
struct ScanCall: Equatable {
    var base, baseCP, from, to: Int
    var isLast, ascii: Bool
    var bytes: [UInt8]
}
