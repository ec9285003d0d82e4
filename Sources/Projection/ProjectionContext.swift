import CProj

/// A PROJ context (PJ_CONTEXT) with network access off; proj.db is found in PROJ's default place.
///
/// Not thread-safe: give each thread or task its own context. Every `Transformer` keeps its context alive.
public final class ProjectionContext {
    let handle: OpaquePointer

    /// Creates a context with the network disabled (no grid downloads; results never depend on the network).
    public init() {
        guard let h = proj_context_create() else { fatalError("proj_context_create returned NULL (out of memory)") }
        handle = h
        proj_context_set_enable_network(handle, 0)
        // PROJ would print its own messages to stderr; errors reach the user through ProjectionError instead.
        proj_log_level(handle, PJ_LOG_NONE)
    }

    deinit {
        proj_context_destroy(handle)
    }

    /// The error for the context's current errno, then reset.
    func error(_ operation: String, hint: String? = nil) -> ProjectionError {
        let code = proj_context_errno(handle)
        var message = code != 0 ? (proj_context_errno_string(handle, code).map { String(cString: $0) } ?? "error \(code)") : "unknown error"
        if let hint { message += " (\(hint))" }
        return ProjectionError(operation: operation, message: message)
    }
}
