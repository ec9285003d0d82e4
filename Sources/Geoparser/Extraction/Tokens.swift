/// A token read around a hit for the context rules: a word, a number, a CJK character or one punctuation scalar.
struct Token {
    /// What the token is.
    enum Kind: UInt8 { case none, word, number, cjk, punct }
    var kind: Kind = .none
    /// Byte range in the current buffer.
    var start = 0
    var end = 0
    /// `TokenHash` of the folded text (words and numbers).
    var hash: UInt64 = 0
    /// The punctuation byte (ASCII) for `.punct`, else 0.
    var punct: UInt8 = 0
    /// True when the first letter is upper case.
    var upper = false
    /// True when every letter is upper case.
    var allUpper = false
    /// Letters and digits in the token.
    var length = 0
    /// Newlines crossed between the token and the position it was read from.
    var newlines = 0

    static let none = Token()
    var isNone: Bool { kind == .none }
    /// True for the ASCII punctuation token `c` (a scalar, not a `Character`: `Character.asciiValue`
    /// costs a few hundred instructions, and the rules ask this of most tokens they read).
    @inline(__always)
    func isPunct(_ c: Unicode.Scalar) -> Bool { kind == .punct && UInt32(punct) == c.value }
}

extension DocumentScanner {
    /// True for a scalar that belongs to a word token (letters and digits of spaced scripts).
    @inline(__always)
    func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return t.wordish[Int(v)] == 1 }
        return folding.classOf(v) == .word
    }

    /// The token that starts at or after `pos`, skipping spaces and at most `maxNewlines` line breaks.
    func tokenAfter(_ pos: Int, maxNewlines: Int = 1) -> Token {
        // Locals: the position state and tables are read once per call, not per byte.
        let p = self.p, hi = self.hi, lo = self.lo
        _ = lo
        var i = pos
        var newlines = 0
        while i < hi {
            let b = p[i]
            if b == 0x20 || b == 0x09 || b == 0x0D { i += 1; continue }
            if b == 0x0A { newlines += 1; if newlines > maxNewlines { return .none }; i += 1; continue }
            if b == 0xC2 && i + 1 < hi && p[i + 1] == 0xA0 { i += 2; continue }
            break
        }
        guard i < hi else { return .none }
        var t = readToken(at: i)
        t.newlines = newlines
        return t
    }

    /// The token that ends at or before `pos`, skipping spaces and at most `maxNewlines` line breaks.
    func tokenBefore(_ pos: Int, maxNewlines: Int = 1) -> Token {
        // Locals: the position state and tables are read once per call, not per byte.
        let p = self.p, hi = self.hi, lo = self.lo
        _ = lo
        var i = pos
        var newlines = 0
        while i > lo {
            let b = p[i - 1]
            if b == 0x20 || b == 0x09 || b == 0x0D { i -= 1; continue }
            if b == 0x0A { newlines += 1; if newlines > maxNewlines { return .none }; i -= 1; continue }
            if b == 0xA0 && i - 2 >= lo && p[i - 2] == 0xC2 { i -= 2; continue }
            break
        }
        guard i > lo else { return .none }
        // Walk back to the token start: over word scalars, and hyphens between word scalars.
        var s = previousScalarStart(p, i, lo)
        let (v, _) = decodeScalar(p, s, hi)
        if isWordScalar(v) {
            let wordish = self.t.wordish
            while s > lo {
                // ASCII fast path: letters and digits, and a hyphen between ASCII word bytes, without decoding.
                let c = p[s - 1]
                if c < 0x80 {
                    if wordish[Int(c)] == 1 { s -= 1; continue }
                    guard c == 0x2D && s - 1 > lo else { break }
                    let d = p[s - 2]
                    if d < 0x80 {
                        if wordish[Int(d)] == 1 { s -= 2; continue }
                        break
                    }
                }
                let q = previousScalarStart(p, s, lo)
                let (u, _) = decodeScalar(p, q, hi)
                if isWordScalar(u) { s = q; continue }
                if u == 0x2D && q > lo {
                    let r = previousScalarStart(p, q, lo)
                    if isWordScalar(decodeScalar(p, r, hi).0) { s = r; continue }
                }
                break
            }
        }
        var t = readToken(at: s)
        t.newlines = newlines
        return t
    }

    /// Reads the token starting exactly at `i`.
    func readToken(at i: Int) -> Token {
        // Locals: the position state and tables are read once per call, not per byte.
        let p = self.p, hi = self.hi, lo = self.lo
        _ = lo
        var t = Token()
        t.start = i
        let (v0, len0) = decodeScalar(p, i, hi)
        if !isWordScalar(v0) {
            let cls = v0 < 0x80 ? ScalarClass.boundary : folding.classOf(v0)
            t.kind = (cls == .han || cls == .kana) ? .cjk : .punct
            t.punct = v0 < 0x80 ? UInt8(v0) : 0
            t.end = i + len0
            t.hash = TokenHash.mixScalar(TokenHash.seed, v0)
            return t
        }
        var h = TokenHash.seed
        var j = i
        var letters = 0, digits = 0, uppers = 0
        var first = true
        let wordish = self.t.wordish
        while j < hi {
            // ASCII fast path: letters, digits and joining hyphens without decoding.
            let b = p[j]
            if b < 0x80 {
                if wordish[Int(b)] == 1 {
                    let upper = b >= 0x41 && b <= 0x5A
                    if b <= 0x39 { digits += 1 } else { letters += 1 }
                    if upper { uppers += 1 }
                    if first { t.upper = upper; first = false }
                    h = TokenHash.mix(h, upper ? b + 0x20 : b)
                    j += 1
                    continue
                }
                if b == 0x2D, j + 1 < hi, p[j + 1] < 0x80 {
                    if wordish[Int(p[j + 1])] == 1 { h = TokenHash.mix(h, 0x2D); j += 1; continue }
                    break
                }
                if b != 0x2D { break }
            }
            let (v, len) = decodeScalar(p, j, hi)
            if isWordScalar(v) {
                let upper = (v >= 0x41 && v <= 0x5A) || (v >= 0x410 && v <= 0x42F) || v == 0x401 || (v >= 0xC0 && v <= 0xDE && v != 0xD7)
                if v >= 0x30 && v <= 0x39 { digits += 1 } else { letters += 1 }
                if upper { uppers += 1 }
                if first { t.upper = upper; first = false }
                h = TokenHash.mixScalar(h, v)
                j += len
                continue
            }
            // A hyphen joins two words into one token ("south-west", "twenty-two", "to-day").
            if v == 0x2D, j + 1 < hi {
                let (u, _) = decodeScalar(p, j + 1, hi)
                if isWordScalar(u) { h = TokenHash.mix(h, 0x2D); j += 1; continue }
            }
            break
        }
        t.end = j
        t.hash = h
        t.length = letters + digits
        t.allUpper = letters > 0 && uppers == letters
        t.kind = letters == 0 ? .number : .word
        return t
    }

    /// The token's text (for the few rules that parse it further).
    func text(_ t: Token) -> String { text(t.start, t.end) }

    /// The text of a byte range of the current buffer.
    func text(_ s: Int, _ e: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: p + s, count: max(0, e - s)), as: UTF8.self)
    }
}

extension TokenHash {
    /// Mixes one scalar, folded as lexicon words are, without allocating.
    @inline(__always)
    static func mixScalar(_ h: UInt64, _ value: UInt32) -> UInt64 {
        var v = value
        if v >= 0x41 && v <= 0x5A { v += 0x20 }
        else if v >= 0x410 && v <= 0x42F { v += 0x20 }
        else if v == 0x401 || v == 0x451 { v = 0x435 }
        if v < 0x80 { return mix(h, UInt8(v)) }
        if v < 0x800 { return mix(mix(h, UInt8(0xC0 | (v >> 6))), UInt8(0x80 | (v & 0x3F))) }
        if v < 0x10000 { return mix(mix(mix(h, UInt8(0xE0 | (v >> 12))), UInt8(0x80 | ((v >> 6) & 0x3F))), UInt8(0x80 | (v & 0x3F))) }
        return mix(mix(mix(mix(h, UInt8(0xF0 | (v >> 18))), UInt8(0x80 | ((v >> 12) & 0x3F))), UInt8(0x80 | ((v >> 6) & 0x3F))), UInt8(0x80 | (v & 0x3F)))
    }
}
