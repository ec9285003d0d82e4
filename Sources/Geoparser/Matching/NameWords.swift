/// The space-separated words of a name, as `split(separator: " ")` over Characters gives them.
///
/// Splitting by Characters finds grapheme boundaries, which was a visible part of compiling the
/// names at start-up. Where no scalar can join a space into a larger grapheme (no combining marks,
/// joiners, prepended or Hangul jamo: ASCII to U+02FF, Cyrillic letters, CJK ideographs), splitting
/// the scalars at U+0020 gives the same words; any other name is split by Characters as before.
enum NameWords {
    /// The words, empty ones omitted.
    static func split(_ text: String) -> [Substring] {
        guard text.unicodeScalars.allSatisfy(isPlain) else { return text.split(separator: " ") }
        return text.unicodeScalars.split(separator: " ").map { Substring($0) }
    }

    /// True for scalars that are a grapheme of their own next to a space.
    static func isPlain(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x02FF, 0x0400...0x0482, 0x048A...0x052F, 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        default: return false
        }
    }
}
