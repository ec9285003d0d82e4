#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered output to a file descriptor, or to memory for tests; formatters append bytes to it.
public final class ByteWriter {
    private var buffer: [UInt8] = []
    private let fd: Int32?
    /// Everything written, when writing to memory.
    public private(set) var captured: [UInt8] = []
    /// True once a write to the descriptor failed (a closed pipe, a full disk).
    public private(set) var failed = false
    private static let flushAt = 1 << 16
    /// Bytes already handed to the descriptor (or to `captured`).
    private var flushed = 0
    /// File offset of output position 0, read just before the first flush (nil until then).
    private var origin: Int?
    /// True when bytes already written can be rewritten later (see `overwrite`).
    public let canOverwrite: Bool

    /// Writes to a file descriptor (1 for stdout).
    public init(fileDescriptor: Int32) {
        fd = fileDescriptor
        canOverwrite = OutputTarget.isRewritable(fileDescriptor)
        buffer.reserveCapacity(ByteWriter.flushAt + 4096)
    }

    /// Collects the output in memory (`captured`, `text`).
    public init() { fd = nil; canOverwrite = true }

    /// Bytes written through this writer so far (the position the next byte will have).
    public var position: Int { flushed + buffer.count }

    /// Replaces bytes written earlier, from output `position` on, with as many new ones; false when
    /// that is impossible (a pipe or terminal, an append-only file, a failed write). Lets a header
    /// name something known only at the end (the document's SHA-256 in a one-pass extraction).
    /// Positions count from the writer's first byte; the file offset of that byte is read when the
    /// first buffer is flushed, so nothing else may write to the same open file before that.
    public func overwrite(at position: Int, with bytes: [UInt8]) -> Bool {
        guard canOverwrite, !failed, position >= 0, position + bytes.count <= self.position else { return false }
        // The part still buffered is replaced in memory; the flushed part in the file or in `captured`.
        var k = 0
        while k < bytes.count {
            let at = position + k
            if at >= flushed {
                buffer[at - flushed] = bytes[k]
                k += 1
                continue
            }
            let n = min(bytes.count - k, flushed - at)
            if let fd {
                guard let origin else { return false }
                let ok = bytes.withUnsafeBytes { raw in
                    OutputTarget.writeAll(fd, raw.baseAddress! + k, n, at: origin + at)
                }
                if !ok { failed = true; return false }
            } else {
                captured.replaceSubrange(at..<(at + n), with: bytes[k..<(k + n)])
            }
            k += n
        }
        return true
    }

    /// The output collected in memory, as text.
    public var text: String { String(decoding: captured, as: UTF8.self) }

    /// Appends bytes.
    @inline(__always)
    public func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= ByteWriter.flushAt { flush() }
    }

    /// Appends a string's UTF-8.
    @inline(__always)
    public func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= ByteWriter.flushAt { flush() }
    }

    /// Lets `body` append to the buffer directly (one access for a whole record).
    @inline(__always)
    func appending(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        if buffer.count >= ByteWriter.flushAt { flush() }
    }

    /// Appends raw bytes.
    public func write(_ bytes: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= ByteWriter.flushAt { flush() }
    }

    /// Writes out what is buffered.
    public func flush() {
        guard !buffer.isEmpty else { return }
        if let fd {
            if origin == nil && canOverwrite { origin = OutputTarget.currentOffset(fd) }
            buffer.withUnsafeBytes { raw in
                var off = 0
                while off < raw.count && !failed {
                    let n = Glibc_write(fd, raw.baseAddress! + off, raw.count - off)
                    if n < 0 { if errno == EINTR { continue }; failed = true; break }
                    off += n
                }
            }
        } else {
            captured.append(contentsOf: buffer)
        }
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}

@inline(__always)
private func Glibc_write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, p, n)
    #else
    return Darwin.write(fd, p, n)
    #endif
}

/// A section written out of order (relative, treaties, dates after the streamed mentions): kept in
/// memory up to 1 MB, then spilled to an unlinked temporary file, so memory stays constant.
final class SectionSpool {
    private var memory: [UInt8] = []
    private var file: UnsafeMutablePointer<FILE>?
    private(set) var count = 0
    private static let limit = 1 << 20

    /// Appends one serialised record.
    func append(_ bytes: [UInt8]) {
        appending { $0.append(contentsOf: bytes) }
    }

    /// Appends one serialised record from raw memory.
    func append(_ bytes: UnsafeRawBufferPointer) {
        appending { $0.append(contentsOf: bytes) }
    }

    /// Lets `body` serialise one record straight into the spool (no temporary array per record).
    @inline(__always)
    func appending(_ body: (inout [UInt8]) -> Void) {
        count += 1
        body(&memory)
        if memory.count > SectionSpool.limit { spill() }
    }

    private func spill() {
        if file == nil { file = tmpfile() }
        guard let file else { return }   // no temporary file: keep it in memory
        memory.withUnsafeBytes { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        memory.removeAll(keepingCapacity: true)
    }

    /// Copies the section to the writer and releases it.
    func drain(into out: ByteWriter) {
        if let file {
            fflush(file)
            rewind(file)
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
                if n <= 0 { break }
                chunk.withUnsafeBytes { out.write(UnsafeRawBufferPointer(rebasing: $0[..<n])) }
            }
            fclose(file)
            self.file = nil
        }
        out.write(memory)
        memory = []
    }
}
