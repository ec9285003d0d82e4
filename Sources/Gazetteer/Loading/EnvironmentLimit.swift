#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Limits a user can raise through the environment (`BORDERLINES_MAX_…`).
enum EnvironmentLimit {
    /// The positive integer in the environment variable `name`, else `fallback`. Read with getenv:
    /// `ProcessInfo.environment` builds a dictionary of the whole environment on every call, and
    /// the vertex limit is read once per geometry.
    static func positive(_ name: String, default fallback: Int) -> Int {
        guard let raw = getenv(name), let n = Int(String(cString: raw)), n > 0 else { return fallback }
        return n
    }
}
