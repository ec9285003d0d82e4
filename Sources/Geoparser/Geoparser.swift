#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Gazetteer

/// Why a document could not be extracted; the CLI maps these to sysexits codes.
public enum ExtractError: Error, Sendable, CustomStringConvertible {
    /// Missing, a directory, or unreadable (EX_NOINPUT, 66).
    case cannotOpen(path: String, reason: String)
    /// Not text (EX_DATAERR, 65).
    case binary(path: String, reason: String)
    /// A stream that could not be copied to a temporary file (EX_CANTCREAT, 73).
    case cannotSpool(path: String, reason: String)

    /// The message for the terminal.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): return "\(path): cannot open: \(reason)"
        case .binary(let path, let reason): return "\(path): not a text file: \(reason)"
        case .cannotSpool(let path, let reason): return "\(path): \(reason)"
        }
    }

    /// The sysexits code.
    public var exitCode: Int32 {
        switch self {
        case .cannotOpen: return 66
        case .binary: return 65
        case .cannotSpool: return 73
        }
    }
}

/// What a first pass over a document file learns before extraction: checksum, size and text validity.
public struct DocumentInfo: Sendable, Hashable {
    /// The path as given.
    public var path: String
    /// SHA-256 of the bytes (hex).
    public var sha256: String
    /// Size in bytes.
    public var bytes: Int
    /// True when some bytes are not valid UTF-8 (they are decoded as U+FFFD).
    public var invalidUTF8: Bool
}

/// Finds places, relative locations, treaty references, dates and incident evidence in documents,
/// using one gazetteer compiled once; safe to share between threads.
public final class Geoparser: Sendable {
    let compiled: CompiledGazetteer
    let geodesic: (any DirectGeodesic)?

    /// Compiles the gazetteer's names (with Russian case forms and bare forms of generic names),
    /// the treaty table, and keeps the geodesic used for relative locations (nil: no relative points).
    public init(gazetteer: Gazetteer, treaties: TreatyTable = TreatyTable(), geodesic: (any DirectGeodesic)? = WGS84Geodesic()) {
        compiled = CompiledGazetteer(gazetteer: gazetteer, treaties: treaties)
        self.geodesic = geodesic
    }

    /// Extracts everything from a text in memory.
    public func extract(text: String, document: String = "") -> Extraction {
        var bytes = Array(text.utf8)
        var digest = DocumentDigest()
        bytes.withUnsafeBytes { digest.update($0) }
        let sink = CollectingSink(document: document, sha256: digest.finalize())
        let extractor = StreamingExtractor(scanner: DocumentScanner(compiled: compiled, geodesic: geodesic, sink: sink))
        bytes.withUnsafeBytes { extractor.feed($0) }
        extractor.finish()
        bytes.removeAll()
        return sink.extraction
    }

    /// Extracts from raw bytes (invalid UTF-8 is decoded with replacement), reporting to a sink.
    /// `chunkSize` is the streaming buffer size (small values exercise the chunk boundaries in tests).
    public func extract(bytes: [UInt8], into sink: any ExtractionSink, chunkSize: Int = 1 << 20) {
        extract(bytes: bytes, into: sink, chunkSize: chunkSize, wordBlocks: true)
    }

    /// `extract(bytes:into:chunkSize:)` with the scanner's block word finder on or off (tests
    /// compare the two); returns how many 64-byte blocks the finder classified.
    @discardableResult
    func extract(bytes: [UInt8], into sink: any ExtractionSink, chunkSize: Int, wordBlocks: Bool) -> Int {
        let scanner = DocumentScanner(compiled: compiled, geodesic: geodesic, sink: sink, wordBlocks: wordBlocks)
        let extractor = StreamingExtractor(scanner: scanner, chunkSize: chunkSize)
        bytes.withUnsafeBytes { extractor.feed($0) }
        extractor.finish()
        return scanner.state.pointee.blocksComputed
    }

    /// First pass over a file: checksum, UTF-8 validity and the binary check. Throws for a missing
    /// file, a directory, an unreadable file (66) or a binary one (65).
    public static func inspect(path: String) throws(ExtractError) -> DocumentInfo {
        let file = try DocumentFile(path: path)
        defer { file.close() }
        var pass = FirstPass()
        var first = true
        try file.forEachChunk { chunk throws(ExtractError) in
            if first {
                first = false
                if let reason = BinaryCheck.reason(UnsafeRawBufferPointer(rebasing: chunk[..<min(chunk.count, BinaryCheck.sampleBytes)])) {
                    throw .binary(path: path, reason: reason)
                }
            }
            pass.update(chunk)
        }
        return pass.finish(path: path)
    }

    /// Second pass: streams the file through the scanner into a sink, in constant memory.
    public func extract(path: String, into sink: any ExtractionSink, chunkSize: Int = 1 << 20) throws(ExtractError) {
        let file = try DocumentFile(path: path)
        defer { file.close() }
        let extractor = StreamingExtractor(scanner: DocumentScanner(compiled: compiled, geodesic: geodesic, sink: sink), chunkSize: chunkSize)
        _ = try extractor.run(file: file) { _ in }
    }
}

/// A document file opened for sequential reading with plain `read(2)` into one reused buffer.
struct DocumentFile {
    let path: String
    let fd: Int32

    init(path: String) throws(ExtractError) {
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw .cannotOpen(path: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw .cannotOpen(path: path, reason: "is a directory; give a text file") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        self.path = path
        self.fd = fd
    }

    /// Wraps a descriptor already open (closed by `close()`); `path` names it in messages.
    init(adopting fd: Int32, path: String) {
        self.path = path
        self.fd = fd
    }

    /// The file read through a sliding map, when it is a regular file with bytes (else nil: a pipe,
    /// a device, or a file such as those in /proc that says it is empty but is read with `read`).
    func mapped(window: Int) -> MappedWindow? {
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else { return nil }
        return MappedWindow(fd: fd, name: path, size: Int(st.st_size), window: window)
    }

    /// Calls `body` with successive chunks of the file. Regular files are read through a sliding
    /// map (`MappedWindow`: no copy out of the page cache, one window at a time, so memory stays
    /// bounded); anything else is read with `read(2)` into one reused buffer.
    func forEachChunk(size: Int = 1 << 20, _ body: (UnsafeRawBufferPointer) throws(ExtractError) -> Void) throws(ExtractError) {
        guard let file = mapped(window: MappedWindow.defaultWindow) else {
            return try DocumentFile.readChunks(fd, name: path, size: size, body)
        }
        var offset = 0
        while offset < file.size {
            let n = min(size, file.size - offset)
            try body(try file.bytes(offset..<(offset + n), keeping: offset))
            offset += n
        }
    }

    /// Reads `fd` from where it stands to its end into one reused buffer of `size` bytes,
    /// calling `body` with each chunk read; `name` is the document in messages.
    static func readChunks(_ fd: Int32, name: String, size: Int, _ body: (UnsafeRawBufferPointer) throws(ExtractError) -> Void) throws(ExtractError) {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 64)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer, size)
            if n < 0 {
                if errno == EINTR { continue }
                throw .cannotOpen(path: name, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            try body(UnsafeRawBufferPointer(start: buffer, count: n))
        }
    }

    func close() {
        #if canImport(Glibc)
        _ = Glibc.close(fd)
        #else
        _ = Darwin.close(fd)
        #endif
    }
}
