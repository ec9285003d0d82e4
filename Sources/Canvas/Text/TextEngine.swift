/// Lays out text in one resolution-independent Pango context, so what is measured is exactly
/// what every backend draws (PNG at any scale, PDF, SVG).
final class TextEngine {
    /// A 1×1 surface: Pango needs a cairo context to build its font context, nothing is drawn.
    private let cairo: CairoContext
    private let context: PangoContextHandle
    private var descriptions: [Font: PangoFontDescriptionHandle] = [:]

    /// A fresh engine.
    init() throws {
        cairo = try CairoContext(surface: CairoSurface.image(width: 1, height: 1))
        context = try PangoContextHandle(cairo: cairo, fontMap: PangoFontMapHandle())
    }

    /// The layout for `text` in `font`.
    func layout(_ text: String, font: Font, alignment: TextAlignment = .left) throws -> PangoLayoutHandle {
        try font.validate()
        let description: PangoFontDescriptionHandle
        if let cached = descriptions[font] {
            description = cached
        } else {
            description = PangoFontDescriptionHandle(font)
            descriptions[font] = description
        }
        return try PangoLayoutHandle(context: context, text: text, font: description, alignment: alignment)
    }
}
