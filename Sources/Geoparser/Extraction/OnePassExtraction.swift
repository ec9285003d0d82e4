#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Geoparser {
    /// True when `path` is a regular file that passes the binary check: then `extractInOnePass`
    /// can read it. Throws as `inspect` does for a missing file, a directory, an unreadable file
    /// (66) or a binary one (65); false, without opening it, for pipes and devices, which can be
    /// read only once (use `spool(path:)` and `extract(_:into:)` there).
    public static func checkRegularFile(path: String) throws(ExtractError) -> Bool {
        // A pipe or FIFO must not be opened here: closing a FIFO's only reader throws away what
        // its writer has put in it (and may kill the writer with SIGPIPE). stat does not open.
        var pathStat = stat()
        if stat(path, &pathStat) == 0, (pathStat.st_mode & S_IFMT) != S_IFREG, (pathStat.st_mode & S_IFMT) != S_IFDIR { return false }
        let file = try DocumentFile(path: path)
        defer { file.close() }
        var st = stat()
        guard fstat(file.fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return false }
        // The same sample `inspect` looks at: the file's first 64 KiB (or all of a shorter file).
        var sample = [UInt8](repeating: 0, count: min(BinaryCheck.sampleBytes, Int(st.st_size)))
        var got = 0
        while got < sample.count {
            let n = sample.withUnsafeMutableBytes { pread(file.fd, $0.baseAddress! + got, $0.count - got, off_t(got)) }
            if n < 0 { if errno == EINTR { continue }; throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
            if n == 0 { break }
            got += n
        }
        if let reason = sample[..<got].withUnsafeBytes({ BinaryCheck.reason($0) }) { throw .binary(path: path, reason: reason) }
        return true
    }

    /// Streams a file through the scanner into a sink and, in the same pass over the same bytes,
    /// through SHA-256 when `hashing` (else `sha256` is empty): one read of the document instead
    /// of `inspect`'s pass before `extract`. The UTF-8 validity comes from the scan's repair.
    /// Call `checkRegularFile` first (this does no binary check).
    public func extractInOnePass(path: String, into sink: any ExtractionSink, hashing: Bool, chunkSize: Int = 1 << 20) throws(ExtractError) -> DocumentInfo {
        try extractInOnePass(path: path, into: sink, hashing: hashing, chunkSize: chunkSize, window: MappedWindow.defaultWindow)
    }

    /// `extractInOnePass` with the least map window given (tests use tiny ones).
    func extractInOnePass(path: String, into sink: any ExtractionSink, hashing: Bool, chunkSize: Int, window: Int) throws(ExtractError) -> DocumentInfo {
        let file = try DocumentFile(path: path)
        defer { file.close() }
        let extractor = StreamingExtractor(scanner: DocumentScanner(compiled: compiled, geodesic: geodesic, sink: sink), chunkSize: chunkSize)
        var digest = DocumentDigest()
        let total = try extractor.run(file: file, window: window) { bytes in
            // Hash first: the piece is then still in cache when the repair checks it and the scanner reads it.
            if hashing { digest.update(bytes) }
        }
        let sha256 = hashing ? digest.finalize() : ""
        return DocumentInfo(path: path, sha256: sha256, bytes: total, invalidUTF8: extractor.sawInvalidUTF8)
    }
}
