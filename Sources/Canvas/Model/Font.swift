/// Font weight.
public enum FontWeight: String, Sendable { case regular, bold }

/// Font slant.
public enum FontStyle: String, Sendable { case normal, italic }

/// A font request. Families are tried in order, so pin them: output bytes must not depend on
/// which font fontconfig happens to pick on a machine.
public struct Font: Sendable, Hashable {
    /// Family names in priority order, e.g. ["DejaVu Sans", "Noto Sans CJK JP"].
    public var families: [String]
    /// Size in points (canvas user units).
    public var size: Double
    public var weight: FontWeight
    public var style: FontStyle

    /// A font; the default families cover Latin, Cyrillic and CJK (Japanese glyph forms).
    public init(families: [String] = Font.defaultFamilies, size: Double = 10,
                weight: FontWeight = .regular, style: FontStyle = .normal) {
        self.families = families
        self.size = size
        self.weight = weight
        self.style = style
    }

    /// DejaVu Sans for Latin/Cyrillic, Noto Sans CJK JP for kanji and kana.
    public static let defaultFamilies = ["DejaVu Sans", "Noto Sans CJK JP"]
    /// DejaVu Sans, then Noto Sans CJK SC for simplified Chinese labels.
    public static let chineseFamilies = ["DejaVu Sans", "Noto Sans CJK SC"]

    /// The family list as Pango reads it ("DejaVu Sans,Noto Sans CJK JP").
    var pangoFamilyList: String { families.joined(separator: ",") }

    /// Throws unless the size is positive and finite and a family is named.
    func validate() throws {
        guard size.isFinite, size > 0, size < 10_000 else { throw CanvasError.invalidArgument("font size \(size)") }
        guard !families.isEmpty, families.allSatisfy({ !$0.isEmpty && !$0.contains(",") }) else {
            throw CanvasError.invalidArgument("font families \(families)")
        }
    }
}
