#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers see either the old file or the complete new one, never a
/// partial one: write a temporary file in the same directory, then rename(2) it into place.
enum AtomicFile {
    /// Throws `.cannotWrite(path:…)` unless the directory of `path` exists and is writable.
    static func checkDirectory(of path: String) throws {
        guard !path.isEmpty else { throw CanvasError.cannotWrite(path: path, reason: "empty path") }
        let dir = directory(of: path)
        var st = stat()
        guard stat(dir, &st) == 0 else {
            throw CanvasError.cannotWrite(path: path, reason: "directory '\(dir)' does not exist")
        }
        guard (st.st_mode & S_IFMT) == S_IFDIR else {
            throw CanvasError.cannotWrite(path: path, reason: "'\(dir)' is not a directory")
        }
        guard access(dir, W_OK) == 0 else {
            throw CanvasError.cannotWrite(path: path, reason: "directory '\(dir)' is not writable")
        }
    }

    /// Writes `bytes` to `path` atomically; on any failure the temporary file is removed.
    static func write(_ bytes: [UInt8], to path: String) throws {
        try checkDirectory(of: path)
        let (fd, temp) = try createTemporary(for: path)
        var ok = false
        defer {
            if !ok { unlink(temp) }
        }
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc_write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    let reason = String(cString: strerror(errno))
                    close(fd)
                    throw CanvasError.cannotWrite(path: path, reason: reason)
                }
                offset += n
            }
        }
        guard close(fd) == 0 else {
            throw CanvasError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        guard rename(temp, path) == 0 else {
            throw CanvasError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        ok = true
    }

    /// The directory part of `path` ("." for a bare file name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }

    /// Creates ".<name>.tmp-<pid>-<n>" exclusively next to `path`; no randomness needed
    /// because O_EXCL makes concurrent writers pick different names.
    private static func createTemporary(for path: String) throws -> (Int32, String) {
        let dir = directory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for n in 0..<10_000 {
            let temp = "\(dir)/.\(name).tmp-\(getpid())-\(n)"
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 { return (fd, temp) }
            if errno != EEXIST {
                throw CanvasError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        }
        throw CanvasError.cannotWrite(path: path, reason: "no free temporary name in '\(dir)'")
    }
}

/// write(2), named apart from Swift's own `write` methods in scope.
@inline(__always)
private func Glibc_write(_ fd: Int32, _ buf: UnsafeRawPointer, _ n: Int) -> Int {
    write(fd, buf, n)
}
