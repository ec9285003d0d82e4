import Gazetteer

/// How the scanner treats one Unicode scalar of the text, after folding it like `NameNormalizer.key`.
enum ScalarClass: UInt8 {
    /// A letter or digit of a script that separates words with spaces (Latin, Cyrillic, Greek, Hangul).
    case word
    /// A Chinese character: names match anywhere, without word boundaries.
    case han
    /// Kana: names match anywhere, but not inside a longer katakana word.
    case kana
    /// Skipped inside a name: space, hyphen, dot, apostrophe (the separators of `NameNormalizer`).
    case separator
    /// Ignored entirely (combining marks, zero-width characters).
    case ignorable
    /// Ends a name: punctuation, symbols, line breaks handled by the caller.
    case boundary
}

/// Folds scalars of the text into the byte alphabet of the name keys, caching every BMP scalar it has seen.
///
/// Folding one scalar with `NameNormalizer.key` is slow (Foundation normalisation); caching makes the
/// non-ASCII path a table lookup, so Russian, Chinese and Japanese text scan at a steady rate.
final class ScalarFolding {
    /// Packed result per BMP scalar: 0 = not yet computed; else class + 1 in the low 3 bits,
    /// folded length in the next 4, arena offset above.
    private let table: UnsafeMutablePointer<UInt32>
    /// The folded UTF-8 bytes of every scalar seen (at most 15 per scalar, 65,536 scalars), and how much is used.
    /// Raw memory rather than an array: a class's `var` array costs an exclusivity check per access.
    private let arena: UnsafeMutablePointer<UInt8>
    private let arenaUsed: UnsafeMutablePointer<Int>
    private static let arenaCapacity = 0x10000 * 15 + 16

    init() {
        table = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x10000)
        table.initialize(repeating: 0, count: 0x10000)
        arena = UnsafeMutablePointer<UInt8>.allocate(capacity: ScalarFolding.arenaCapacity)
        arenaUsed = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        arenaUsed.initialize(to: 1)
    }

    deinit {
        table.deallocate()
        arena.deallocate()
        arenaUsed.deallocate()
    }

    /// The class of a scalar (cached).
    @inline(__always)
    func classOf(_ scalar: UInt32) -> ScalarClass {
        if scalar < 0x10000 {
            var packed = table[Int(scalar)]
            if packed == 0 { packed = compute(scalar) }
            return ScalarClass(rawValue: UInt8(packed & 7) &- 1) ?? .boundary
        }
        return ScalarFolding.classify(scalar).0
    }

    /// The class of a scalar and the folded UTF-8 bytes it contributes to a key (empty for non-word classes).
    func fold(_ scalar: UInt32) -> (ScalarClass, UnsafeBufferPointer<UInt8>) {
        var packed: UInt32
        if scalar < 0x10000 {
            packed = table[Int(scalar)]
            if packed == 0 { packed = compute(scalar) }
        } else {
            // Outside the BMP (rare): computed each time, kept in the arena's scratch tail.
            let (cls, bytes) = ScalarFolding.classify(scalar)
            let off = ScalarFolding.arenaCapacity - 16
            for (i, b) in bytes.prefix(15).enumerated() { arena[off + i] = b }
            packed = UInt32(cls.rawValue + 1) | UInt32(min(bytes.count, 15)) << 3 | UInt32(off) << 7
        }
        let cls = ScalarClass(rawValue: UInt8(packed & 7) &- 1) ?? .boundary
        let len = Int((packed >> 3) & 0xF)
        let off = Int(packed >> 7)
        return (cls, UnsafeBufferPointer(start: arena + off, count: len))
    }

    private func compute(_ scalar: UInt32) -> UInt32 {
        let (cls, bytes) = ScalarFolding.classify(scalar)
        let off = arenaUsed.pointee
        let n = min(bytes.count, 15)
        for i in 0..<n { arena[off + i] = bytes[i] }
        arenaUsed.pointee = off + n
        let packed = UInt32(cls.rawValue + 1) | UInt32(n) << 3 | UInt32(off) << 7
        table[Int(scalar)] = packed
        return packed
    }

    /// Classifies and folds one scalar without caching.
    static func classify(_ value: UInt32) -> (ScalarClass, [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return (.boundary, []) }
        let props = scalar.properties
        if props.generalCategory == .nonspacingMark || props.generalCategory == .enclosingMark || value == 0x200B || value == 0x200C || value == 0x200D || value == 0xFEFF || value == 0xAD {
            return (.ignorable, [])
        }
        let key = NameNormalizer.key(String(scalar))
        if key.isEmpty {
            // NameNormalizer drops separators (spaces, hyphens, dots, apostrophes); anything else empty is ignorable.
            return (NameNormalizer.key("a" + String(scalar) + "b") == "ab" && !props.isAlphabetic ? .separator : .ignorable, [])
        }
        if props.isAlphabetic || props.numericType != nil {
            switch value {
            case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return (.kana, Array(key.utf8))
            case 0x2E80...0x2FDF, 0x3005...0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return (.han, Array(key.utf8))
            default: return (.word, Array(key.utf8))
            }
        }
        return (.boundary, [])
    }
}

/// Byte-level tables for the ASCII fast path of the scanner.
enum ASCIIClass {
    /// 1 for ASCII letters and digits (word bytes), 2 for bytes ≥ 0x80 (need decoding), 0 otherwise.
    static let wordish: [UInt8] = (0..<256).map { b in
        if b >= 0x80 { return 2 }
        let c = UInt8(b)
        return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) ? 1 : 0
    }

    /// ASCII lower-casing (identity elsewhere).
    static let lower: [UInt8] = (0..<256).map { b in
        let c = UInt8(b)
        return c >= 0x41 && c <= 0x5A ? c + 0x20 : c
    }

    /// True for the ASCII separators that may sit inside a name: space, tab, hyphen, dot, apostrophe, backtick, CR.
    static let separator: [Bool] = (0..<256).map { b in
        b == 0x20 || b == 0x09 || b == 0x2D || b == 0x2E || b == 0x27 || b == 0x60 || b == 0x0D
    }
}

/// Decodes one scalar from valid UTF-8 at `i`; returns the scalar value and its length in bytes.
@inline(__always)
func decodeScalar(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int) {
    let b0 = UInt32(p[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0, i + 1 < end { return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
    if b0 < 0xF0, i + 2 < end { return ((b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3) }
    if i + 3 < end { return ((b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F), 4) }
    return (0xFFFD, 1)
}

/// The start of the scalar that ends just before `i` in valid UTF-8.
@inline(__always)
func previousScalarStart(_ p: UnsafePointer<UInt8>, _ i: Int, _ lower: Int) -> Int {
    var j = i - 1
    while j > lower && p[j] & 0xC0 == 0x80 { j -= 1 }
    return j
}
