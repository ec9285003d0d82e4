import CCairo
import CPangoCairo
import Foundation

/// Draws through Cairo: an ARGB32 image surface for PNG, a PDF surface for PDF.
final class CairoBackend: DrawingBackend {
    private enum Kind {
        case png(PNGOptions, opaque: Bool)
        case pdf(ByteSink)
    }

    private let kind: Kind
    private let cr: CairoContext
    private let hatches: HatchPatterns
    /// Device pixels per point (1 for PDF); decides how many halo copies are needed.
    private let scale: Double
    /// The opacity of each open group; those < 1 were pushed and are composited on close.
    private var groupOpacity: [Double] = []

    /// A PNG backend: `width`×`height` points rendered at `scale` pixels per point.
    init(pngWidth width: Double, height: Double, scale: Double, background: RGBA?, options: PNGOptions) throws {
        let surface = try CairoSurface.image(width: Int((width * scale).rounded()), height: Int((height * scale).rounded()))
        cr = try CairoContext(surface: surface)
        kind = .png(options, opaque: (background?.alpha ?? 0) >= 1)
        hatches = HatchPatterns(vector: false, scale: scale)
        self.scale = scale
        cairo_scale(cr.handle, scale, scale)
        try paintBackground(background)
    }

    /// A PDF backend: one page of `width`×`height` points, with document metadata.
    init(pdfWidth width: Double, height: Double, background: RGBA?, metadata: DocumentMetadata) throws {
        let sink = ByteSink()
        let surface = try CairoSurface(owning: cairo_pdf_surface_create_for_stream(ByteSink.write, sink.unretained, width, height),
                                       operation: "cairo_pdf_surface_create_for_stream", sink: sink)
        cr = try CairoContext(surface: surface)
        kind = .pdf(sink)
        hatches = HatchPatterns(vector: true, scale: 1)
        scale = 1
        try CairoBackend.setMetadata(surface, metadata)
        try paintBackground(background)
    }

    private static func setMetadata(_ surface: CairoSurface, _ m: DocumentMetadata) throws {
        func set(_ key: cairo_pdf_metadata_t, _ value: String?) throws {
            guard let value else { return }
            cairo_pdf_surface_set_metadata(surface.handle, key, value)
            try checkCairo(cairo_surface_status(surface.handle), "cairo_pdf_surface_set_metadata")
        }
        try set(CAIRO_PDF_METADATA_TITLE, m.title)
        try set(CAIRO_PDF_METADATA_AUTHOR, m.author)
        try set(CAIRO_PDF_METADATA_SUBJECT, m.subject)
        try set(CAIRO_PDF_METADATA_KEYWORDS, m.keywords.isEmpty ? nil : m.keywords.joined(separator: ", "))
        try set(CAIRO_PDF_METADATA_CREATOR, m.creator)
        // Without these cairo writes the wall-clock time and no two PDFs would match.
        try set(CAIRO_PDF_METADATA_CREATE_DATE, m.isoDate)
        try set(CAIRO_PDF_METADATA_MOD_DATE, m.isoDate)
    }

    private func paintBackground(_ background: RGBA?) throws {
        guard let background, background.alpha > 0 else { return }
        cr.setColor(background)
        cairo_paint(cr.handle)
        try cr.check("paint background")
    }

    private func setPaint(_ paint: Paint) throws {
        switch paint {
        case let .color(c): cr.setColor(c)
        case let .hatch(h): cairo_set_source(cr.handle, try hatches.pattern(for: h).handle)
        }
    }

    func fill(_ path: Path, paint: Paint, rule: FillRule) throws {
        try setPaint(paint)
        cr.setFillRule(rule)
        cr.setPath(path)
        cairo_fill(cr.handle)
        try cr.check("cairo_fill")
    }

    func stroke(_ path: Path, color: RGBA, style: StrokeStyle) throws {
        cr.setColor(color)
        cr.setStroke(style)
        cr.setPath(path)
        cairo_stroke(cr.handle)
        try cr.check("cairo_stroke")
    }

    func fillAndStroke(_ path: Path, paint: Paint, rule: FillRule, strokeColor: RGBA, style: StrokeStyle) throws {
        try setPaint(paint)
        cr.setFillRule(rule)
        cr.setPath(path)
        cairo_fill_preserve(cr.handle)
        cr.setColor(strokeColor)
        cr.setStroke(style)
        cairo_stroke(cr.handle)
        try cr.check("cairo_fill_preserve/cairo_stroke")
    }

    func save() throws {
        cairo_save(cr.handle)
        try cr.check("cairo_save")
    }

    func restore() throws {
        cairo_restore(cr.handle)
        try cr.check("cairo_restore")
    }

    func clip(_ path: Path, rule: FillRule) throws {
        cr.setFillRule(rule)
        cr.setPath(path)
        cairo_clip(cr.handle)
        try cr.check("cairo_clip")
    }

    func beginGroup(id: String, title: String?, opacity: Double) throws {
        // Only translucent layers need an offscreen group; opaque ones cost nothing.
        if opacity < 1 { cairo_push_group(cr.handle) }
        groupOpacity.append(opacity)
        try cr.check("cairo_push_group")
    }

    func endGroup() throws {
        guard let opacity = groupOpacity.popLast() else {
            throw CanvasError.misuse("endGroup without beginGroup")
        }
        if opacity < 1 {
            cairo_pop_group_to_source(cr.handle)
            cairo_paint_with_alpha(cr.handle, opacity)
        }
        try cr.check("cairo_pop_group_to_source")
    }

    func drawText(_ layout: PangoLayoutHandle, origin: Point, style: TextStyle) throws {
        if let halo = style.halo, halo.radius > 0, halo.color.alpha > 0 {
            if case .pdf = kind {
                try strokedHalo(layout, origin: origin, halo: halo)
            } else {
                try offsetHalo(layout, origin: origin, halo: halo)
            }
        }
        cr.setColor(style.color)
        cairo_move_to(cr.handle, origin.x, origin.y)
        pango_cairo_show_layout(cr.handle, layout.handle)
        try cr.check("pango_cairo_show_layout")
    }

    /// Vector halo: the glyph outlines stroked with round joins (exact, and cheap in a PDF).
    private func strokedHalo(_ layout: PangoLayoutHandle, origin: Point, halo: Halo) throws {
        cairo_save(cr.handle)
        cairo_new_path(cr.handle)
        cairo_move_to(cr.handle, origin.x, origin.y)
        pango_cairo_layout_path(cr.handle, layout.handle)
        cr.setColor(halo.color)
        cr.setStroke(StrokeStyle(width: 2 * halo.radius, cap: .round, join: .round))
        cairo_stroke(cr.handle)
        cairo_restore(cr.handle)
        try cr.check("halo stroke")
    }

    /// Raster halo: copies of the glyph run at offsets on a circle (several times cheaper than
    /// stroking outlines). Neighbouring copies sit ≤ 1.5 device px apart — less than a stem
    /// at label sizes — so the ring closes; 8…16 copies. Wide halos (> 4 px) add an inner
    /// ring so thin strokes cannot leave a gap between glyph and halo edge.
    private func offsetHalo(_ layout: PangoLayoutHandle, origin: Point, halo: Halo) throws {
        let deviceRadius = halo.radius * scale
        let count = min(16, max(8, Int((2 * Double.pi * deviceRadius / 1.5).rounded(.up))))
        var rings: [(radius: Double, count: Int)] = [(halo.radius, count)]
        if deviceRadius > 4 { rings.append((halo.radius / 2, 8)) }
        // Overlapping copies would darken a translucent halo; composite them as one layer.
        let translucent = halo.color.alpha < 1
        if translucent { cairo_push_group(cr.handle) }
        cr.setColor(translucent ? halo.color.withAlpha(1) : halo.color)
        // The glyphs are extracted once; each copy is then a bare cairo_show_glyphs.
        let runs = GlyphRuns(layout)
        var buffer: [cairo_glyph_t] = []
        cairo_save(cr.handle)
        for ring in rings {
            for i in 0..<ring.count {
                let a = 2 * Double.pi * Double(i) / Double(ring.count)
                runs.show(on: cr.handle, dx: origin.x + ring.radius * cos(a), dy: origin.y + ring.radius * sin(a), buffer: &buffer)
            }
        }
        cairo_restore(cr.handle)
        if translucent {
            cairo_pop_group_to_source(cr.handle)
            cairo_paint_with_alpha(cr.handle, halo.color.alpha)
        }
        try cr.check("halo copies")
    }

    func finish() throws -> [UInt8] {
        switch kind {
        case let .png(options, opaque):
            try cr.surface.flush()
            return try encodePNG(options: options, opaque: opaque)
        case let .pdf(sink):
            try cr.surface.finish()
            return sink.bytes
        }
    }

    private func encodePNG(options: PNGOptions, opaque: Bool) throws -> [UInt8] {
        let s = cr.surface.handle
        switch options.encoder {
        case .cairo:
            let sink = ByteSink()
            try checkCairo(cairo_surface_write_to_png_stream(s, ByteSink.write, sink.unretained),
                           "cairo_surface_write_to_png_stream")
            return sink.bytes
        case .builtin:
            guard let data = cairo_image_surface_get_data(s) else {
                throw CanvasError.cairo(operation: "cairo_image_surface_get_data", message: "no pixel data")
            }
            let image = PremultipliedImage(pixels: UnsafeRawPointer(data),
                                           width: Int(cairo_image_surface_get_width(s)),
                                           height: Int(cairo_image_surface_get_height(s)),
                                           stride: Int(cairo_image_surface_get_stride(s)))
            return try PNGEncoder.encode(image, opaque: opaque, options: options)
        }
    }
}
