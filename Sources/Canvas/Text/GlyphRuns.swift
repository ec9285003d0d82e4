import CCairo
import CPangoCairo

/// A layout's glyphs as cairo glyph arrays, one per font run, extracted once so a halo can
/// draw many offset copies with cairo_show_glyphs and no per-copy Pango work.
struct GlyphRuns {
    struct Run {
        /// Borrowed from the layout's font; valid while the layout lives.
        let scaledFont: OpaquePointer
        let glyphs: [cairo_glyph_t]
    }

    let runs: [Run]

    /// The runs of `layout`, positioned relative to its top-left corner. Missing glyphs
    /// (drawn by Pango as hex boxes) are left out: they have no outline to copy.
    init(_ layout: PangoLayoutHandle) {
        let iter = PangoLayoutIterHandle(layout: layout)
        let scale = Double(PANGO_SCALE)
        var result: [Run] = []
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iter.handle),
                  let item = run.pointee.item, let glyphString = run.pointee.glyphs,
                  let font = item.pointee.analysis.font,
                  let scaledFont = pango_cairo_font_get_scaled_font(OpaquePointer(font)) else { continue }
            var logical = PangoRectangle()
            pango_layout_iter_get_run_extents(iter.handle, nil, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iter.handle)) / scale
            var x = Double(logical.x) / scale
            let y = baseline - Double(run.pointee.y_offset) / scale
            var glyphs: [cairo_glyph_t] = []
            let infos = UnsafeBufferPointer(start: glyphString.pointee.glyphs, count: Int(glyphString.pointee.num_glyphs))
            glyphs.reserveCapacity(infos.count)
            for info in infos {
                let g = info.glyph
                if g & 0x1000_0000 == 0, g != 0x0FFF_FFFF { // PANGO_GLYPH_UNKNOWN_FLAG, PANGO_GLYPH_EMPTY
                    glyphs.append(cairo_glyph_t(index: UInt(g),
                                                x: x + Double(info.geometry.x_offset) / scale,
                                                y: y + Double(info.geometry.y_offset) / scale))
                }
                x += Double(info.geometry.width) / scale
            }
            if !glyphs.isEmpty { result.append(Run(scaledFont: scaledFont, glyphs: glyphs)) }
        } while pango_layout_iter_next_run(iter.handle) != 0
        runs = result
    }

    /// Draws every run with the current source, shifted by (dx, dy) from the origin.
    func show(on cr: OpaquePointer, dx: Double, dy: Double, buffer: inout [cairo_glyph_t]) {
        for run in runs {
            buffer.removeAll(keepingCapacity: true)
            for g in run.glyphs { buffer.append(cairo_glyph_t(index: g.index, x: g.x + dx, y: g.y + dy)) }
            cairo_set_scaled_font(cr, run.scaledFont)
            cairo_show_glyphs(cr, buffer, Int32(buffer.count))
        }
    }
}
