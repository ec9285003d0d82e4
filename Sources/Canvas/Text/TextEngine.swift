/// Lays out text in one resolution-independent Pango context, so what is measured is exactly
/// what every backend draws (PNG at any scale, PDF, SVG).
final class TextEngine {
    /// A 1×1 surface: Pango needs a cairo context to build its font context, nothing is drawn.
    private let cairo: CairoContext
    private let context: PangoContextHandle
    private var descriptions: [Font: PangoFontDescriptionHandle] = [:]
    /// The families this engine's fonts are limited to, if it is limited (see `FontSelection`).
    private let selection: FontSelection?
    /// An engine on the default configuration, for a font with a family outside `selection`.
    private var unrestricted: TextEngine?

    /// A fresh engine; with a `selection` (by default the current one, if any), text in its
    /// families is set only in them.
    init(selection: FontSelection? = FontSelection.current) throws {
        self.selection = selection
        cairo = try CairoContext(surface: CairoSurface.image(width: 1, height: 1))
        context = try PangoContextHandle(cairo: cairo, fontMap: PangoFontMapHandle(selection: selection))
    }

    /// The layout for `text` in `font`.
    func layout(_ text: String, font: Font, alignment: TextAlignment = .left) throws -> PangoLayoutHandle {
        try font.validate()
        if let selection, !selection.covers(font) {
            // Measuring and drawing both come here, so such a font is consistently set by the other engine.
            if unrestricted == nil { unrestricted = try TextEngine(selection: nil) }
            return try unrestricted!.layout(text, font: font, alignment: alignment)
        }
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
