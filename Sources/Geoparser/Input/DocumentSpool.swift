#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A document that can be read only once (a pipe, a FIFO, a terminal), copied to an unlinked
/// temporary file by the one read that also hashes and checks it.
///
/// Extraction needs the checksum before the output (the json header names it) and then a scan:
/// two passes. A stream gives its bytes once, so the first pass keeps them on disk, not in memory
/// (documents can be gigabytes); the scan then maps the copy like any regular file. The copy has
/// no name from the start (unlinked right after creation), so it vanishes with the process,
/// however that ends.
public final class SpooledDocument {
    /// What the first pass learnt: checksum, size, UTF-8 validity (the path is the name as given).
    public let info: DocumentInfo
    let file: DocumentFile

    init(info: DocumentInfo, file: DocumentFile) {
        self.info = info
        self.file = file
    }

    deinit { file.close() }
}

extension Geoparser {
    /// Opens `path` and spools it (see `spool(fileDescriptor:name:)`); for input that is not a
    /// regular file. Throws 66 when it cannot be opened or read, 65 when binary.
    public static func spool(path: String) throws(ExtractError) -> SpooledDocument {
        let input = try DocumentFile(path: path)
        defer { input.close() }
        return try spool(fileDescriptor: input.fd, name: path)
    }

    /// Reads `fd` to its end into an unlinked file in $TMPDIR (else /tmp), hashing it and checking
    /// UTF-8 on the way; `name` is the document as the user gave it, for messages. The first 64 KiB
    /// get the binary check regular files get (65), however the stream splits its reads. Throws 66
    /// when the input cannot be read, 73 when the copy cannot be written (a full disk).
    public static func spool(fileDescriptor fd: Int32, name: String) throws(ExtractError) -> SpooledDocument {
        let copy = try SpoolFile.create(name: name)
        var handedOver = false
        defer { if !handedOver { copy.close() } }
        var pass = FirstPass()
        var checked = false
        try DocumentFile.readChunks(fd, name: name, size: 1 << 20) { chunk throws(ExtractError) in
            try SpoolFile.write(chunk, to: copy.fd, name: name)
            pass.update(chunk)
            // A pipe hands out what the writer wrote so far, often less than 64 KiB: the check
            // waits for the whole sample, read back from the copy, so it sees what a file would.
            if !checked, pass.total >= BinaryCheck.sampleBytes {
                checked = true
                try SpoolFile.checkSample(copy.fd, bytes: BinaryCheck.sampleBytes, name: name)
            }
        }
        // A stream shorter than the sample is checked whole.
        if !checked { try SpoolFile.checkSample(copy.fd, bytes: pass.total, name: name) }
        handedOver = true
        return SpooledDocument(info: pass.finish(path: name), file: copy)
    }

    /// Streams a spooled document through the scanner into a sink, as `extract(path:into:)` does a file.
    public func extract(_ document: SpooledDocument, into sink: any ExtractionSink, chunkSize: Int = 1 << 20) throws(ExtractError) {
        let extractor = StreamingExtractor(scanner: DocumentScanner(compiled: compiled, geodesic: geodesic, sink: sink), chunkSize: chunkSize)
        _ = try extractor.run(file: document.file) { _ in }
    }
}

/// The temporary file behind a `SpooledDocument`.
enum SpoolFile {
    /// A new file in $TMPDIR (else /tmp), already unlinked, open for reading and writing.
    static func create(name: String) throws(ExtractError) -> DocumentFile {
        var dir = getenv("TMPDIR").map { String(cString: $0) } ?? ""
        if dir.isEmpty { dir = "/tmp" }
        var template = Array((dir.hasSuffix("/") ? dir : dir + "/").utf8CString.dropLast()) + Array("borderlines-spool-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw .cannotSpool(path: name, reason: "cannot create a temporary file in \(dir): \(String(cString: strerror(errno))); set TMPDIR to a writable directory")
        }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        return DocumentFile(adopting: fd, path: name)
    }

    /// Writes all of `bytes`, retrying short writes.
    static func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32, name: String) throws(ExtractError) {
        var done = 0
        while done < bytes.count {
            #if canImport(Glibc)
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            #else
            let n = Darwin.write(fd, bytes.baseAddress! + done, bytes.count - done)
            #endif
            if n < 0 {
                if errno == EINTR { continue }
                throw .cannotSpool(path: name, reason: "cannot copy it to a temporary file: \(String(cString: strerror(errno))); set TMPDIR to a disk with room")
            }
            done += n
        }
    }

    /// The binary check on the copy's first `bytes` bytes.
    static func checkSample(_ fd: Int32, bytes: Int, name: String) throws(ExtractError) {
        var sample = [UInt8](repeating: 0, count: bytes)
        var got = 0
        while got < bytes {
            let n = sample.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, bytes - got, off_t(got)) }
            if n < 0 { if errno == EINTR { continue }; throw .cannotSpool(path: name, reason: String(cString: strerror(errno))) }
            if n == 0 { break }
            got += n
        }
        if let reason = sample[..<got].withUnsafeBytes({ BinaryCheck.reason($0) }) { throw .binary(path: name, reason: reason) }
    }
}
