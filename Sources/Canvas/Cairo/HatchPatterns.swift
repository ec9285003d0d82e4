import CCairo

/// Builds (and caches) hatch fills as repeating cairo surface patterns.
final class HatchPatterns {
    private let vector: Bool
    private let scale: Double
    private var cache: [Hatch: CairoPattern] = [:]

    /// `vector`: PDF (a recording-surface tile stays vector); otherwise an image tile at `scale`.
    init(vector: Bool, scale: Double) {
        self.vector = vector
        self.scale = scale
    }

    /// The pattern for `hatch`, anchored at the page origin so neighbouring areas line up.
    func pattern(for hatch: Hatch) throws -> CairoPattern {
        if let cached = cache[hatch] { return cached }
        let pattern = vector ? try vectorTile(hatch) : try rasterTile(hatch)
        cache[hatch] = pattern
        return pattern
    }

    /// A tile with one vertical line; the pattern matrix rotates it to the hatch angle.
    /// Rotation θ = angle + 90° maps the user-space line direction (cos a, −sin a) (y down,
    /// counter-clockwise on screen) onto the tile's vertical.
    private func matrix(_ hatch: Hatch, pixelsPerPoint k: Double) -> cairo_matrix_t {
        var m = cairo_matrix_t()
        cairo_matrix_init_scale(&m, k, k)
        cairo_matrix_rotate(&m, (hatch.angle + 90) * .pi / 180)
        return m
    }

    private func rasterTile(_ hatch: Hatch) throws -> CairoPattern {
        // A whole number of pixels per tile, or the repeat would leave seams; the spacing is
        // therefore rounded to the nearest device pixel (≤ 0.5 px difference).
        let px = max(2, Int((hatch.spacing * scale).rounded()))
        let tile = try CairoSurface.image(width: px, height: px)
        let cr = try CairoContext(surface: tile)
        cr.setColor(hatch.color)
        let w = hatch.lineWidth * scale
        // Start the line on a pixel edge: a line straddling two pixels at half coverage
        // would look pale once the pattern is resampled at its angle.
        cairo_rectangle(cr.handle, ((Double(px) - w) / 2).rounded(), 0, w, Double(px))
        cairo_fill(cr.handle)
        try cr.check("hatch tile")
        try tile.flush()
        let pattern = try CairoPattern(repeating: tile)
        try pattern.setMatrix(matrix(hatch, pixelsPerPoint: Double(px) / hatch.spacing))
        return pattern
    }

    private func vectorTile(_ hatch: Hatch) throws -> CairoPattern {
        var extents = cairo_rectangle_t(x: 0, y: 0, width: hatch.spacing, height: hatch.spacing)
        let tile = try CairoSurface(owning: cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents),
                                    operation: "cairo_recording_surface_create")
        let cr = try CairoContext(surface: tile)
        cr.setColor(hatch.color)
        cairo_rectangle(cr.handle, hatch.spacing / 2 - hatch.lineWidth / 2, 0, hatch.lineWidth, hatch.spacing)
        cairo_fill(cr.handle)
        try cr.check("hatch tile")
        let pattern = try CairoPattern(repeating: tile)
        try pattern.setMatrix(matrix(hatch, pixelsPerPoint: 1))
        return pattern
    }
}
