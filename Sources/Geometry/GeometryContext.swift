import CGEOS

/// A GEOS context (GEOS_init_r … GEOS_finish_r) that creates geometries and collects GEOS's messages.
///
/// Not thread-safe, like GEOS contexts themselves: give each thread or task its own context
/// (and keep its geometries in that task). Every `Geometry` keeps its context alive.
public final class GeometryContext {
    let handle: GEOSContextHandle_t
    /// The last error message GEOS reported; cleared before each checked call so it is never stale.
    private(set) var lastError: String?
    /// The last notice (GEOSisValid_r explains itself this way); kept apart so it never looks like an error.
    private(set) var lastNotice: String?

    /// Creates a context whose error and notice handlers record GEOS's messages.
    public init() {
        // GEOS_init_r fails only when it cannot allocate a few hundred bytes: nothing sensible to recover.
        guard let h = GEOS_init_r() else { fatalError("GEOS_init_r returned NULL (out of memory)") }
        handle = h
        // Unretained: the context owns the handle, so it is alive whenever GEOS calls back through it.
        let userData = Unmanaged.passUnretained(self).toOpaque()
        GEOSContext_setErrorMessageHandler_r(handle, { message, userData in
            guard let userData else { return }
            let context = Unmanaged<GeometryContext>.fromOpaque(userData).takeUnretainedValue()
            context.lastError = message.map { String(cString: $0) } ?? "GEOS error without a message"
        }, userData)
        GEOSContext_setNoticeMessageHandler_r(handle, { message, userData in
            guard let userData, let message else { return }
            Unmanaged<GeometryContext>.fromOpaque(userData).takeUnretainedValue().lastNotice = String(cString: message)
        }, userData)
    }

    deinit {
        GEOS_finish_r(handle)
    }

    // MARK: Status checking shared by every wrapper

    /// Forgets earlier messages before a call, so a failure reports its own message.
    func resetMessages() {
        lastError = nil
        lastNotice = nil
    }

    /// The error for a failed operation, with GEOS's message (consumed).
    func error(_ operation: String) -> GeometryError {
        let message = lastError ?? "GEOS reported a failure without a message"
        lastError = nil
        return GeometryError(operation: operation, message: message)
    }

    /// Wraps an owned GEOS pointer, or throws the recorded error when it is NULL.
    func wrap(_ pointer: OpaquePointer?, _ operation: String) throws(GeometryError) -> Geometry {
        guard let pointer else { throw error(operation) }
        return Geometry(owning: pointer, context: self)
    }

    /// Runs a GEOS call returning a new geometry (NULL on failure) and takes ownership of the result.
    func make(_ operation: String, _ body: (GEOSContextHandle_t) -> OpaquePointer?) throws(GeometryError) -> Geometry {
        resetMessages()
        return try wrap(body(handle), operation)
    }

    /// Runs a GEOS predicate, which answers 1 (true), 0 (false) or 2 (exception).
    func predicate(_ operation: String, _ body: (GEOSContextHandle_t) -> CChar) throws(GeometryError) -> Bool {
        resetMessages()
        switch body(handle) {
        case 1: return true
        case 0: return false
        default: throw error(operation)
        }
    }

    /// Runs a GEOS call that writes a double and returns 0 on exception.
    func measure(_ operation: String, _ body: (GEOSContextHandle_t, inout Double) -> Int32) throws(GeometryError) -> Double {
        resetMessages()
        var value = 0.0
        guard body(handle, &value) != 0 else { throw error(operation) }
        return value
    }

    /// Rejects a geometry from another context: results belong to one context, and contexts
    /// may live on different threads.
    func requireSame(_ other: Geometry, _ operation: String) throws(GeometryError) {
        guard other.context === self else {
            throw GeometryError(operation: operation, message: "the geometries belong to different GeometryContexts")
        }
    }

    /// Copies a GEOS-allocated C string and frees it with GEOSFree_r.
    func takeString(_ text: UnsafeMutablePointer<CChar>) -> String {
        defer { GEOSFree_r(handle, text) }
        return String(cString: text)
    }
}
