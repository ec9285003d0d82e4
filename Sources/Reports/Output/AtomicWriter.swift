#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Cartography

/// Writes report files so readers see the old file or the complete new one, never a partial one.
enum AtomicWriter {
    /// Writes `text` as UTF-8 to `path`: a temporary file in the same directory, then rename(2).
    static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Writes bytes to `path` atomically; the temporary file is removed on any failure.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var fd: Int32 = -1
        var temp = ""
        // O_EXCL makes concurrent writers pick different names without randomness.
        for n in 0..<10_000 {
            temp = "\(dir.isEmpty ? "/" : dir)/.\(name).tmp-\(getpid())-\(n)"
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw RenderError.cannotWrite("cannot write \(path): \(String(cString: strerror(errno)))") }
        var ok = false
        defer { if !ok { unlink(temp) } }
        var failure: String?
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += n
            }
        }
        let closed = close(fd) == 0
        if let failure { throw RenderError.cannotWrite("cannot write \(path): \(failure)") }
        guard closed, rename(temp, path) == 0 else {
            throw RenderError.cannotWrite("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        ok = true
    }
}

/// write(2), named apart from Swift's own `write` in scope.
@inline(__always)
private func systemWrite(_ fd: Int32, _ buf: UnsafeRawPointer, _ n: Int) -> Int { write(fd, buf, n) }
