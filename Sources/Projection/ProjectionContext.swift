import CProj

/// A PROJ context (PJ_CONTEXT) with network access off; proj.db is found in PROJ's default place.
///
/// Not thread-safe: give each thread or task its own context. Every `Transformer` keeps its context alive.
public final class ProjectionContext {
    let handle: OpaquePointer
    /// The last error PROJ logged; its errno strings are terse ("Unknown error (code 4096)") while
    /// the log says what went wrong ("crs not found").
    private(set) var lastLog: String?

    /// Creates a context with the network disabled (no grid downloads; results never depend on the network).
    public convenience init() {
        self.init(database: true)
    }

    /// A context that never opens proj.db, for plain PROJ strings and pipelines (no EPSG codes,
    /// no grids). PROJ 9 opens the database on a context's first `proj_create` even for those,
    /// and sqlite parsing proj.db's schema costs 6–10 ms of every short-lived render process.
    public static func withoutDatabase() -> ProjectionContext {
        ProjectionContext(database: false)
    }

    private init(database: Bool) {
        // proj_context_create fails only when it cannot allocate: nothing sensible to recover.
        guard let h = proj_context_create() else { fatalError("proj_context_create returned NULL (out of memory)") }
        handle = h
        proj_context_set_enable_network(handle, 0)
        if !database {
            // PROJ looks for proj.db only along the search paths; a path below a file (/dev/null)
            // can never be a directory, so the lookup fails at once and PROJ goes on without it.
            "/dev/null/no-proj-db".withCString { path in
                var paths: [UnsafePointer<CChar>?] = [path]
                proj_context_set_search_paths(handle, 1, &paths)
            }
        }
        // Errors go to our callback instead of PROJ's stderr logger: the user sees them once, in a
        // ProjectionError, not as stray lines on stderr. Unretained: the context outlives its handle's calls.
        proj_log_level(handle, PJ_LOG_ERROR)
        proj_log_func(handle, Unmanaged.passUnretained(self).toOpaque()) { userData, level, message in
            // Debug notes (such as "Cannot find proj.db" on a context without it) are not errors.
            guard let userData, let message, level <= Int32(PJ_LOG_ERROR.rawValue) else { return }
            Unmanaged<ProjectionContext>.fromOpaque(userData).takeUnretainedValue().lastLog = String(cString: message)
        }
    }

    deinit {
        proj_context_destroy(handle)
    }

    /// Where proj.db was found, or nil when PROJ cannot find it (install proj-data).
    public var databasePath: String? {
        proj_context_get_database_path(handle).map { String(cString: $0) }
    }

    /// Forgets the previous log message so an error reports its own.
    func resetLog() {
        lastLog = nil
    }

    /// The error for the context's current errno and log message (consumed).
    func error(_ operation: String, input: String? = nil) -> ProjectionError {
        let code = proj_context_errno(handle)
        var parts: [String] = []
        if let lastLog { parts.append(lastLog) }
        if code != 0, let text = proj_context_errno_string(handle, code).map({ String(cString: $0) }), !text.hasPrefix("Unknown error") {
            parts.append(text)
        }
        if parts.isEmpty { parts.append(code != 0 ? "PROJ error \(code)" : "PROJ reported a failure without a message") }
        if let input { parts.append("for \(input)") }
        lastLog = nil
        return ProjectionError(operation: operation, message: parts.joined(separator: "; "))
    }
}
