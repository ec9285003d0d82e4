import CCairo

/// Owns one cairo_pattern_t; destroyed exactly once in deinit.
final class CairoPattern {
    let handle: OpaquePointer

    /// A repeating pattern drawing from `surface`.
    init(repeating surface: CairoSurface) throws {
        handle = cairo_pattern_create_for_surface(surface.handle)
        try checkCairo(cairo_pattern_status(handle), "cairo_pattern_create_for_surface")
        cairo_pattern_set_extend(handle, CAIRO_EXTEND_REPEAT)
    }

    /// Sets the user-space → pattern-space matrix.
    func setMatrix(_ m: cairo_matrix_t) throws {
        var m = m
        cairo_pattern_set_matrix(handle, &m)
        try checkCairo(cairo_pattern_status(handle), "cairo_pattern_set_matrix")
    }

    deinit { cairo_pattern_destroy(handle) }
}
