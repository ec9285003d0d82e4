/// Where finished output goes.
public enum OutputTarget: Sendable, Hashable {
    /// Only returned by `finish()`.
    case memory
    /// Written atomically to this path by `finish()` (and also returned).
    case file(String)
}

/// A drawing surface producing PNG, SVG or PDF from the same calls. Coordinates are points
/// (1/72 in) with y down; `scale` multiplies PNG pixels and SVG display size, so lines and
/// text grow with it. Not thread-safe: use one Canvas per task.
public final class Canvas {
    /// Width in points.
    public let width: Double
    /// Height in points.
    public let height: Double
    /// Device pixels per point for PNG; display scale for SVG; ignored by PDF.
    public let scale: Double
    public let format: OutputFormat
    public let target: OutputTarget

    private let backend: DrawingBackend
    /// Taken at the first text, so drawing can start while `Canvas.prepareFonts` finishes;
    /// handed back by `finish()` for the next Canvas.
    private var text: TextEngine?
    private enum Frame { case save, group }
    private var frames: [Frame] = []
    private var finished = false

    /// The largest PNG side cairo's image surfaces accept, in pixels.
    public static let maxPixelSide = 32_767

    /// A canvas of `width`×`height` points. `background` nil leaves PNG transparent (RGBA)
    /// and adds no background rectangle to SVG/PDF. Throws `.invalidSize` for zero, negative,
    /// non-finite or oversized dimensions and `.cannotWrite` if a file target's directory is
    /// missing or unwritable (checked now, so no drawing work is wasted).
    public init(width: Double, height: Double, format: OutputFormat, scale: Double = 1,
                background: RGBA? = .white, metadata: DocumentMetadata = DocumentMetadata(),
                png: PNGOptions = PNGOptions(), target: OutputTarget = .memory) throws {
        guard width.isFinite, height.isFinite, width > 0, height > 0 else {
            throw CanvasError.invalidSize("\(width)×\(height) points (both must be positive)")
        }
        guard scale.isFinite, scale > 0 else { throw CanvasError.invalidSize("scale \(scale) (must be positive)") }
        if format == .png {
            let pw = (width * scale).rounded(), ph = (height * scale).rounded()
            guard pw >= 1, ph >= 1, pw <= Double(Canvas.maxPixelSide), ph <= Double(Canvas.maxPixelSide) else {
                throw CanvasError.invalidSize("\(pw)×\(ph) pixels (each side must be 1…\(Canvas.maxPixelSide))")
            }
        } else {
            // PDF viewers reject pages beyond 200 in (14 400 pt); SVG shares the limit for sanity.
            guard width <= 14_400, height <= 14_400 else {
                throw CanvasError.invalidSize("\(width)×\(height) points (each side must be ≤ 14400)")
            }
        }
        if case let .file(path) = target { try AtomicFile.checkDirectory(of: path) }
        self.width = width
        self.height = height
        self.scale = scale
        self.format = format
        self.target = target
        switch format {
        case .png:
            backend = try CairoBackend(pngWidth: width, height: height, scale: scale, background: background, options: png)
        case .pdf:
            backend = try CairoBackend(pdfWidth: width, height: height, background: background, metadata: metadata)
        case .svg:
            backend = SVGBackend(width: width, height: height, scale: scale, background: background, metadata: metadata)
        }
    }

    /// The scale for a resolution: 72 dpi is 1 (one pixel per point), 144 dpi is 2.
    public static func scale(dpi: Double) -> Double { dpi / 72 }

    /// Output width in device pixels (PNG).
    public var pixelWidth: Int { Int((width * scale).rounded()) }
    /// Output height in device pixels (PNG).
    public var pixelHeight: Int { Int((height * scale).rounded()) }

    // MARK: Shapes

    /// Fills `path` with a colour or hatch.
    public func fill(_ path: Path, _ paint: Paint, rule: FillRule = .winding) throws {
        try ready()
        try Canvas.validate(path)
        if case let .hatch(h) = paint { try h.validate() }
        try backend.fill(path, paint: paint, rule: rule)
    }

    /// Strokes `path` with `color`.
    public func stroke(_ path: Path, color: RGBA, style: StrokeStyle = StrokeStyle()) throws {
        try ready()
        try Canvas.validate(path)
        try style.validate()
        try backend.stroke(path, color: color, style: style)
    }

    /// Fills `path`, then strokes its outline on top.
    public func fillAndStroke(_ path: Path, fill paint: Paint, rule: FillRule = .winding,
                              stroke color: RGBA, style: StrokeStyle = StrokeStyle()) throws {
        try ready()
        try Canvas.validate(path)
        try style.validate()
        if case let .hatch(h) = paint { try h.validate() }
        try backend.fillAndStroke(path, paint: paint, rule: rule, strokeColor: color, style: style)
    }

    /// Draws a point symbol of `size` points centred on `center`, filled and/or outlined.
    public func drawMarker(_ shape: MarkerShape, at center: Point, size: Double, fill: RGBA?,
                           stroke: RGBA? = nil, style: StrokeStyle = StrokeStyle(join: .miter)) throws {
        guard size.isFinite, size > 0 else { throw CanvasError.invalidArgument("marker size \(size)") }
        let path = shape.path(center: center, size: size)
        switch (fill, stroke) {
        case let (f?, s?): try fillAndStroke(path, fill: .color(f), stroke: s, style: style)
        case let (f?, nil): try self.fill(path, .color(f))
        case let (nil, s?): try self.stroke(path, color: s, style: style)
        case (nil, nil): return
        }
    }

    // MARK: State, clipping, layers

    /// Saves the clip state; pair with `restore()`.
    public func save() throws {
        try ready()
        try backend.save()
        frames.append(.save)
    }

    /// Restores the clip state saved by the matching `save()`.
    public func restore() throws {
        try ready()
        guard frames.last == .save else { throw CanvasError.misuse("restore() without a matching save()") }
        frames.removeLast()
        try backend.restore()
    }

    /// Runs `body` between `save()` and `restore()`.
    @discardableResult
    public func withSavedState<T>(_ body: () throws -> T) throws -> T {
        try save()
        let result = try body()
        try restore()
        return result
    }

    /// Limits further drawing to the inside of `path` until the enclosing restore/endGroup.
    public func clip(to path: Path, rule: FillRule = .winding) throws {
        try ready()
        try Canvas.validate(path)
        try backend.clip(path, rule: rule)
    }

    /// Limits further drawing to `rect` until the enclosing restore/endGroup.
    public func clip(to rect: Rect) throws {
        try clip(to: .rect(rect))
    }

    /// Opens a named layer (SVG `<g id>` with `<title>`; no-op marker in PDF/PNG). `opacity`
    /// < 1 fades the layer as a whole (overlaps inside it do not darken). Clips set inside
    /// end with `endGroup()`.
    public func beginGroup(id: String, title: String? = nil, opacity: Double = 1) throws {
        try ready()
        guard opacity.isFinite, opacity >= 0, opacity <= 1 else { throw CanvasError.invalidArgument("group opacity \(opacity)") }
        try backend.beginGroup(id: id, title: title, opacity: opacity)
        try backend.save()
        frames.append(.group)
    }

    /// Closes the layer opened by the matching `beginGroup`.
    public func endGroup() throws {
        try ready()
        guard frames.last == .group else { throw CanvasError.misuse("endGroup() without a matching beginGroup() (or a save() is still open)") }
        frames.removeLast()
        try backend.restore()
        try backend.endGroup()
    }

    /// Runs `body` inside `beginGroup`/`endGroup`.
    @discardableResult
    public func group<T>(id: String, title: String? = nil, opacity: Double = 1, _ body: () throws -> T) throws -> T {
        try beginGroup(id: id, title: title, opacity: opacity)
        let result = try body()
        try endGroup()
        return result
    }

    // MARK: Text

    /// The text engine: an idle one (warmed by `Canvas.prepareFonts`, or handed back by a
    /// finished Canvas) if there is one, else a new one.
    private func textEngine() throws -> TextEngine {
        if let text { return text }
        let engine = try FontWarmup.takeEngine() ?? TextEngine()
        text = engine
        return engine
    }

    /// Measures `text` exactly as `drawText` will lay it out (same as `TextMeasurer`).
    public func measure(text: String, font: Font, alignment: TextAlignment = .left) throws -> TextExtents {
        try textEngine().layout(text, font: font, alignment: alignment).extents
    }

    /// Draws `string` with its anchor at `point`; returns the logical box it occupies.
    @discardableResult
    public func drawText(_ string: String, at point: Point, style: TextStyle) throws -> Rect {
        try ready()
        guard point.x.isFinite, point.y.isFinite else { throw CanvasError.invalidArgument("text position \(point)") }
        if let halo = style.halo, !(halo.radius.isFinite && halo.radius >= 0) {
            throw CanvasError.invalidArgument("halo radius \(halo.radius)")
        }
        let layout = try textEngine().layout(string, font: style.font, alignment: style.alignment)
        let extents = layout.extents
        guard !string.isEmpty else { return extents.frame(at: point, anchor: style.anchor) }
        let origin = extents.origin(at: point, anchor: style.anchor)
        try backend.drawText(layout, origin: origin, style: style)
        return extents.logical.offsetBy(dx: origin.x, dy: origin.y)
    }

    // MARK: Output

    /// Completes the document, checks every status, writes the file atomically for a file
    /// target, and returns the bytes. Call once; every group and save must be closed.
    @discardableResult
    public func finish() throws -> [UInt8] {
        try ready()
        guard frames.isEmpty else {
            throw CanvasError.misuse("finish() with \(frames.count) unclosed save()/beginGroup()")
        }
        finished = true
        let bytes = try backend.finish()
        if let text { FontWarmup.giveBack(text) }
        if case let .file(path) = target { try AtomicFile.write(bytes, to: path) }
        return bytes
    }

    private func ready() throws {
        if finished { throw CanvasError.misuse("the canvas is already finished") }
    }

    private static func validate(_ path: Path) throws {
        for e in path.elements {
            switch e {
            case let .move(p), let .line(p):
                guard p.x.isFinite, p.y.isFinite else { throw CanvasError.invalidArgument("non-finite point \(p)") }
            case let .curve(a, b, c):
                guard [a, b, c].allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else {
                    throw CanvasError.invalidArgument("non-finite curve point")
                }
            case .close: break
            }
        }
    }
}
