import CCairo
import CPangoCairo

/// Owns one PangoFontDescription; freed exactly once in deinit.
final class PangoFontDescriptionHandle {
    let handle: OpaquePointer

    /// A description for `font`, using an absolute size so 1 pt = 1 user unit whatever the DPI.
    init(_ font: Font) {
        handle = pango_font_description_new()
        pango_font_description_set_family(handle, font.pangoFamilyList)
        pango_font_description_set_absolute_size(handle, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(handle, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(handle, font.style == .italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
    }

    deinit { pango_font_description_free(handle) }
}

/// Owns one cairo_font_options_t; destroyed exactly once in deinit.
final class CairoFontOptions {
    let handle: OpaquePointer

    /// Options that make text metrics independent of the output resolution: metric hinting
    /// off (so 2× output is exactly 1× scaled), no outline hinting, greyscale antialiasing
    /// (subpixel colour fringes would differ between displays and ruin PNG halos).
    init() throws {
        handle = cairo_font_options_create()
        try checkCairo(cairo_font_options_status(handle), "cairo_font_options_create")
        cairo_font_options_set_hint_metrics(handle, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(handle, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(handle, CAIRO_ANTIALIAS_GRAY)
    }

    deinit { cairo_font_options_destroy(handle) }
}

/// Owns one PangoCairoFontMap (a GObject); unreferenced exactly once in deinit.
final class PangoFontMapHandle {
    let handle: UnsafeMutablePointer<PangoFontMap>

    /// A private font map. Pango's default map is per thread, and Swift tasks hop threads:
    /// a Canvas made on one thread and drawn on another would share that thread's map with
    /// whatever else runs there. Owning a map per engine keeps each Canvas self-contained.
    /// With a `selection`, the map sees only its families (see `FontSelection`); without,
    /// fontconfig's default configuration.
    init(selection: FontSelection? = nil) throws {
        guard let map = pango_cairo_font_map_new() else {
            throw CanvasError.misuse("pango_cairo_font_map_new returned NULL")
        }
        handle = map
        // Pango takes its own reference to the configuration.
        if let config = selection?.config ?? FontSelection.standardConfig {
            pango_fc_font_map_set_config(OpaquePointer(map), config)
        }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }
}

/// Owns one PangoContext (a GObject); unreferenced exactly once in deinit.
final class PangoContextHandle {
    let handle: OpaquePointer
    /// The context refers to the map; keep it alive at least as long.
    private let fontMap: PangoFontMapHandle

    /// A context for `cairo` on `fontMap`, with resolution-independent font options.
    init(cairo: CairoContext, fontMap: PangoFontMapHandle) throws {
        guard let ctx = pango_font_map_create_context(fontMap.handle) else {
            throw CanvasError.misuse("pango_font_map_create_context returned NULL")
        }
        handle = ctx
        self.fontMap = fontMap
        pango_cairo_update_context(cairo.handle, handle)
        let options = try CairoFontOptions()
        pango_cairo_context_set_font_options(handle, options.handle)
        // Fractional glyph positions: layout widths then scale linearly with font size.
        pango_context_set_round_glyph_positions(handle, 0)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }
}

/// Owns one PangoLayout (a GObject); unreferenced exactly once in deinit.
final class PangoLayoutHandle {
    let handle: OpaquePointer
    let text: String

    /// A laid-out text in `context`.
    init(context: PangoContextHandle, text: String, font: PangoFontDescriptionHandle, alignment: TextAlignment) throws {
        guard let layout = pango_layout_new(context.handle) else {
            throw CanvasError.misuse("pango_layout_new returned NULL")
        }
        handle = layout
        self.text = text
        pango_layout_set_font_description(handle, font.handle)
        switch alignment {
        case .left: pango_layout_set_alignment(handle, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(handle, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(handle, PANGO_ALIGN_RIGHT)
        }
        pango_layout_set_text(handle, text, -1)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// Ink and logical boxes, first baseline and unknown-glyph count, in points.
    var extents: TextExtents {
        var ink = PangoRectangle()
        var logical = PangoRectangle()
        pango_layout_get_extents(handle, &ink, &logical)
        return TextExtents(ink: ink.rect, logical: logical.rect,
                           baseline: Double(pango_layout_get_baseline(handle)) / Double(PANGO_SCALE),
                           unknownGlyphs: Int(pango_layout_get_unknown_glyphs_count(handle)))
    }

    /// Each line's text, left edge and baseline relative to the layout origin (for SVG <text>).
    var lines: [(text: String, x: Double, baseline: Double)] {
        let iter = PangoLayoutIterHandle(layout: self)
        let utf8 = Array(text.utf8)
        var result: [(text: String, x: Double, baseline: Double)] = []
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter.handle, nil, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iter.handle)) / Double(PANGO_SCALE)
            if let line = pango_layout_iter_get_line_readonly(iter.handle) {
                let start = max(0, min(utf8.count, Int(line.pointee.start_index)))
                let end = max(start, min(utf8.count, start + Int(line.pointee.length)))
                let s = String(decoding: utf8[start..<end], as: UTF8.self)
                result.append((s, Double(logical.x) / Double(PANGO_SCALE), baseline))
            }
        } while pango_layout_iter_next_line(iter.handle) != 0
        return result
    }
}

/// Owns one PangoLayoutIter; freed exactly once in deinit.
final class PangoLayoutIterHandle {
    let handle: OpaquePointer
    /// The iterator points into the layout, so it keeps it alive.
    private let layout: PangoLayoutHandle

    /// An iterator over `layout`'s lines.
    init(layout: PangoLayoutHandle) {
        self.layout = layout
        handle = pango_layout_get_iter(layout.handle)
    }

    deinit { pango_layout_iter_free(handle) }
}

extension PangoRectangle {
    /// The rectangle in points.
    var rect: Rect {
        let s = Double(PANGO_SCALE)
        return Rect(x: Double(x) / s, y: Double(y) / s, width: Double(width) / s, height: Double(height) / s)
    }
}
