import Canvas

/// The fonts of a map: one place for the families by language and the sizes every map uses,
/// shared by the drawing and by the warm-up that loads them early.
enum MapFonts {
    /// A font at a size with the families for a label language.
    static func font(_ size: Double, lang: String, bold: Bool = false, italic: Bool = false) -> Font {
        Font(families: lang == "zh" ? Font.chineseFamilies : Font.defaultFamilies, size: size,
             weight: bold ? .bold : .regular, style: italic ? .italic : .normal)
    }

    /// The fonts every map of this page size and language draws text in (labels, claim labels,
    /// graticule and scale bar, legend, inset, title, subtitle, sources).
    static func common(_ layout: PageLayout, lang: String) -> [Font] {
        [font(layout.labelSize, lang: lang), font(layout.labelSize, lang: lang, bold: true),
         font(layout.smallSize, lang: lang), font(layout.legendSize, lang: lang),
         font(layout.legendSize * 1.1, lang: lang, bold: true), font(5.2 * layout.k, lang: lang),
         font(layout.titleSize, lang: lang, bold: true), font(layout.subtitleSize, lang: lang),
         font(layout.sourcesSize, lang: lang)]
    }
}

extension MapRenderer {
    /// Text in the scripts a map in `lang` labels with: Latin and graticule degrees always,
    /// Cyrillic or CJK when the labels are in Russian, Japanese or Chinese.
    static func sample(lang: String) -> String {
        switch lang {
        case "ru": return "Ag 42°30′N Хасан"
        case "ja", "zh": return "Ag 42°30′N 張鼓峰"
        default: return "Ag 42°30′N"
        }
    }

    /// Starts loading the fonts a map of `request` draws in on another core (the data can be
    /// read meanwhile); the map's Canvas then finds them ready.
    public static func prepareFonts(for request: MapRequest) {
        let layout = PageLayout(width: request.page.width, height: request.page.height)
        Canvas.prepareFonts(MapFonts.common(layout, lang: request.lang), sample: sample(lang: request.lang))
    }
}
