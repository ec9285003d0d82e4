#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to file descriptors with write(2), reporting failure instead of trapping: Foundation's
/// `FileHandle.write` traps on a full disk or a closed pipe (`-o - > /dev/full`).
public enum StandardStreams {
    /// Standard output's descriptor.
    public static let output: Int32 = 1
    /// Standard error's descriptor.
    public static let error: Int32 = 2

    /// Writes every byte to `fd`, retrying on EINTR; nil on success, else the system's reason.
    @discardableResult
    public static func write(_ bytes: [UInt8], to fd: Int32) -> String? {
        bytes.withUnsafeBytes { raw -> String? in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += n
            }
            return nil
        }
    }

    /// Writes text as UTF-8 to standard error; a failure there has nowhere to be reported.
    public static func writeError(_ text: String) {
        write(Array(text.utf8), to: error)
    }

    /// Ignores SIGPIPE so a closed reader gives EPIPE, reported as a write error, not a signal death.
    public static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }
}

/// write(2), named apart from the `write` methods in scope.
@inline(__always)
private func systemWrite(_ fd: Int32, _ buf: UnsafeRawPointer, _ n: Int) -> Int {
    write(fd, buf, n)
}
