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

    /// Writes to a file descriptor (1 for stdout).
    public init(fileDescriptor: Int32) {
        fd = fileDescriptor
        buffer.reserveCapacity(ByteWriter.flushAt + 4096)
    }

    /// Collects the output in memory (`captured`, `text`).
    public init() { fd = nil }

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
