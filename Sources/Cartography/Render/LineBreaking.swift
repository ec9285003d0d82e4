/// Where a line of map text may break: at spaces, and between two CJK characters (Chinese and
/// Japanese are written without spaces), never before closing punctuation or after opening
/// punctuation (the basic kinsoku rule).
enum LineBreaking {
    /// One unbreakable piece of text and whether a space separates it from the piece before.
    struct Piece: Equatable {
        var text: String
        var spaceBefore: Bool
    }

    /// The pieces of `text`, in order; joining them (a space where `spaceBefore`) gives the text back
    /// with runs of spaces collapsed.
    static func pieces(_ text: String) -> [Piece] {
        var out: [Piece] = []
        var current = ""
        var spaceBefore = false
        var pendingSpace = false
        var previous: Character?
        for ch in text {
            if ch == " " {
                if !current.isEmpty { out.append(Piece(text: current, spaceBefore: spaceBefore)); current = "" }
                pendingSpace = true
                previous = nil
                continue
            }
            if !current.isEmpty, let p = previous, breakAllowed(between: p, and: ch) {
                out.append(Piece(text: current, spaceBefore: spaceBefore))
                current = ""
                spaceBefore = false
            }
            if current.isEmpty { spaceBefore = pendingSpace && !out.isEmpty; pendingSpace = false }
            current.append(ch)
            previous = ch
        }
        if !current.isEmpty { out.append(Piece(text: current, spaceBefore: spaceBefore)) }
        return out
    }

    /// Lines no wider than `width` (a piece wider than that gets a line of its own).
    static func lines(_ text: String, width: Double, measure: (String) throws -> Double) rethrows -> [String] {
        var lines: [String] = []
        var current = ""
        for piece in pieces(text) {
            if current.isEmpty { current = piece.text; continue }
            let candidate = current + (piece.spaceBefore ? " " : "") + piece.text
            if try measure(candidate) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = piece.text
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// A break may fall between two characters when either is CJK, unless kinsoku forbids it.
    static func breakAllowed(between a: Character, and b: Character) -> Bool {
        guard isCJK(a) || isCJK(b) else { return false }
        return !noBreakBefore.contains(b) && !noBreakAfter.contains(a)
    }

    /// Han ideographs, kana, CJK punctuation and full-width forms.
    static func isCJK(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x3000...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFFEF).contains(v)
    }

    private static let noBreakBefore: Set<Character> = ["。", "、", "，", "．", "）", "」", "』", "】", "：", "；", "・", "ー", "ッ", "っ", "ゃ", "ゅ", "ょ", "ャ", "ュ", "ョ", ")", ",", ".", ":", ";"]
    private static let noBreakAfter: Set<Character> = ["（", "「", "『", "【", "(", "±"]
}
