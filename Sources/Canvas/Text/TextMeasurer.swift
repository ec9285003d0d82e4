/// Measures labels before anything is drawn, e.g. for a label placer's collision tests.
/// Results equal what `Canvas.drawText` produces. Not thread-safe: one per task.
public final class TextMeasurer {
    private let engine: TextEngine

    /// A measurer with its own Pango context.
    public init() throws {
        engine = try TextEngine()
    }

    /// The ink and logical boxes and baseline of `text` set in `font`, in points.
    public func measure(text: String, font: Font, alignment: TextAlignment = .left) throws -> TextExtents {
        try engine.layout(text, font: font, alignment: alignment).extents
    }
}
