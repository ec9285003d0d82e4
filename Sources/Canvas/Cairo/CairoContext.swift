import CCairo

/// Owns one cairo_t; destroyed exactly once in deinit. Every method checks the status at once.
final class CairoContext {
    let handle: OpaquePointer
    /// Kept alive because the context references it.
    let surface: CairoSurface

    /// A drawing context on `surface`.
    init(surface: CairoSurface) throws {
        self.surface = surface
        handle = cairo_create(surface.handle)
        try checkCairo(cairo_status(handle), "cairo_create")
    }

    deinit { cairo_destroy(handle) }

    /// Throws if the context has gone into an error state (cairo's errors are sticky).
    func check(_ operation: @autoclosure () -> String) throws {
        try checkCairo(cairo_status(handle), operation())
    }

    /// Replaces the current path with `path`.
    func setPath(_ path: Path) {
        cairo_new_path(handle)
        for e in path.elements {
            switch e {
            case let .move(p): cairo_move_to(handle, p.x, p.y)
            case let .line(p): cairo_line_to(handle, p.x, p.y)
            case let .curve(a, b, c): cairo_curve_to(handle, a.x, a.y, b.x, b.y, c.x, c.y)
            case .close: cairo_close_path(handle)
            }
        }
    }

    /// Sets a solid source colour.
    func setColor(_ c: RGBA) {
        cairo_set_source_rgba(handle, c.red, c.green, c.blue, c.alpha)
    }

    /// Sets the fill rule.
    func setFillRule(_ rule: FillRule) {
        cairo_set_fill_rule(handle, rule == .evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
    }

    /// Applies width, caps, joins, miter limit and dashes.
    func setStroke(_ s: StrokeStyle) {
        cairo_set_line_width(handle, s.width)
        switch s.cap {
        case .butt: cairo_set_line_cap(handle, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(handle, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(handle, CAIRO_LINE_CAP_SQUARE)
        }
        switch s.join {
        case .miter: cairo_set_line_join(handle, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(handle, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(handle, CAIRO_LINE_JOIN_BEVEL)
        }
        cairo_set_miter_limit(handle, s.miterLimit)
        s.dash.withUnsafeBufferPointer { buf in
            cairo_set_dash(handle, buf.baseAddress, Int32(buf.count), s.dashOffset)
        }
    }
}
