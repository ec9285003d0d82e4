#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers see either the old file or the complete new one, never a
/// partial one: write a temporary file in the same directory, then rename(2) it into place.
///
/// A path that names something other than a regular file (a device such as `/dev/null`, a FIFO,
/// `/dev/stdout`) is written in place instead: renaming over it would replace the device node
/// or the symlink with a plain file. A symlink to a regular file is followed, so the link stays.
public enum AtomicFile {
    /// Throws `.cannotWrite(path:…)` unless the directory of `path` exists and is writable.
    public static func checkDirectory(of path: String) throws {
        guard !path.isEmpty else { throw CanvasError.cannotWrite(path: path, reason: "empty path") }
        if isSpecialFile(path) { return }
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
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            throw CanvasError.cannotWrite(path: path, reason: "it is a directory")
        }
    }

    /// Writes `bytes` to `path` atomically; on any failure the temporary file is removed and
    /// an existing file at `path` is left as it was.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try checkDirectory(of: path)
        if isSpecialFile(path) { return try writeInPlace(bytes, to: path) }
        let target = resolvedTarget(path)
        let (fd, temp) = try createTemporary(for: target, reportedAs: path)
        var ok = false
        defer {
            if !ok { unlink(temp) }
        }
        if let failure = StandardStreams.write(bytes, to: fd) {
            close(fd)
            throw CanvasError.cannotWrite(path: path, reason: failure)
        }
        guard close(fd) == 0 else {
            throw CanvasError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        guard rename(temp, target) == 0 else {
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

    /// True when `path` exists (following symlinks) and is neither a regular file nor a directory.
    static func isSpecialFile(_ path: String) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0 else { return false }
        let type = st.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// The file a symlink points to (so the rename replaces the file, not the link); else `path`.
    private static func resolvedTarget(_ path: String) -> String {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK,
              let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// Writes to an existing device or FIFO directly; there is no file to keep whole.
    private static func writeInPlace(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CanvasError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        if let failure = StandardStreams.write(bytes, to: fd) {
            close(fd)
            throw CanvasError.cannotWrite(path: path, reason: failure)
        }
        guard close(fd) == 0 else {
            throw CanvasError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Creates ".<name>.tmp-<pid>-<n>" exclusively next to `path`; no randomness needed
    /// because O_EXCL makes concurrent writers pick different names.
    private static func createTemporary(for path: String, reportedAs shown: String) throws -> (Int32, String) {
        let dir = directory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for n in 0..<10_000 {
            let temp = "\(dir)/.\(name).tmp-\(getpid())-\(n)"
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 { return (fd, temp) }
            if errno != EEXIST {
                throw CanvasError.cannotWrite(path: shown, reason: String(cString: strerror(errno)))
            }
        }
        throw CanvasError.cannotWrite(path: shown, reason: "no free temporary name in '\(dir)'")
    }
}
