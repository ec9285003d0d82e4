/// What every output backend implements; `Canvas` validates input and dispatches here.
/// Coordinates are canvas user units (points); backends apply the output scale themselves.
protocol DrawingBackend: AnyObject {
    /// Fills `path` with a colour or hatch.
    func fill(_ path: Path, paint: Paint, rule: FillRule) throws
    /// Strokes `path`.
    func stroke(_ path: Path, color: RGBA, style: StrokeStyle) throws
    /// Fills, then strokes the same path (one element in SVG).
    func fillAndStroke(_ path: Path, paint: Paint, rule: FillRule, strokeColor: RGBA, style: StrokeStyle) throws
    /// Pushes the clip state.
    func save() throws
    /// Pops the clip state pushed by the matching `save`.
    func restore() throws
    /// Intersects the clip with `path` until the matching `restore`.
    func clip(_ path: Path, rule: FillRule) throws
    /// Opens a named layer; `opacity` < 1 composites the layer as a whole.
    func beginGroup(id: String, title: String?, opacity: Double) throws
    /// Closes the innermost layer.
    func endGroup() throws
    /// Draws a laid-out text with its top-left corner at `origin`.
    func drawText(_ layout: PangoLayoutHandle, origin: Point, style: TextStyle) throws
    /// Completes the document and returns its bytes.
    func finish() throws -> [UInt8]
}
