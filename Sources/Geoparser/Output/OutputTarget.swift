#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an output descriptor allows beyond appending: rewriting bytes already written (`pwrite`).
enum OutputTarget {
    /// True for a regular file not opened for appending, or the null device: there `pwrite` puts
    /// bytes at an offset. Pipes, terminals and sockets cannot seek; an `O_APPEND` file would
    /// append the rewrite instead of placing it (Linux ignores the offset there).
    static func isRewritable(_ fd: Int32) -> Bool {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return false }
        let type = st.st_mode & S_IFMT
        if type == S_IFCHR {
            var null = stat()
            guard stat("/dev/null", &null) == 0, (null.st_mode & S_IFMT) == S_IFCHR, null.st_rdev == st.st_rdev else { return false }
        } else if type != S_IFREG {
            return false
        }
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, flags & O_APPEND == 0 else { return false }
        guard let offset = currentOffset(fd) else { return false }
        // A zero-byte pwrite fails with ESPIPE where positioned writes are refused.
        return pwrite(fd, "", 0, off_t(offset)) == 0
    }

    /// The descriptor's file offset, or nil when it cannot seek.
    static func currentOffset(_ fd: Int32) -> Int? {
        let offset = lseek(fd, 0, SEEK_CUR)
        return offset < 0 ? nil : Int(offset)
    }

    /// Writes `count` bytes at file offset `offset`, retrying short and interrupted writes.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int, at offset: Int) -> Bool {
        var done = 0
        while done < count {
            let n = pwrite(fd, bytes + done, count - done, off_t(offset + done))
            if n < 0 { if errno == EINTR { continue }; return false }
            if n == 0 { return false }
            done += n
        }
        return true
    }
}
