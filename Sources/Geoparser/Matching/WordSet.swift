/// A set of lower-case words looked up by the hash of the text's folded bytes, without building strings.
struct WordSet<Value: Sendable>: Sendable {
    private let table: HashTable<Value>

    /// Builds the set from words and their values (the first value of a repeated word wins).
    init(_ pairs: [(String, Value)]) {
        table = HashTable(pairs.map { (TokenHash.of($0.0), $0.1) })
    }

    /// The value for a token hash.
    @inline(__always)
    subscript(_ hash: UInt64) -> Value? { table[hash] }

    /// True when the token hash is in the set.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool { table[hash] != nil }
}

extension WordSet where Value == Bool {
    /// A plain set of words.
    init(_ words: [String]) { self.init(words.map { ($0, true) }) }
}

/// FNV-1a over folded bytes (ASCII and Cyrillic lower-cased, ё → е), shared by lexicon words and text tokens.
enum TokenHash {
    static let seed: UInt64 = 0xcbf29ce484222325
    static let prime: UInt64 = 0x100000001b3

    /// Mixes one folded byte into a running hash.
    @inline(__always)
    static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* prime }

    /// The hash of a word written in the lexicon.
    static func of(_ word: String) -> UInt64 {
        var h = seed
        for s in word.lowercased().unicodeScalars {
            for b in foldScalar(s.value) { h = mix(h, b) }
        }
        return h
    }

    /// The folded UTF-8 bytes of one scalar for token hashing.
    @inline(__always)
    static func foldScalar(_ v: UInt32) -> [UInt8] {
        var v = v
        if v >= 0x41 && v <= 0x5A { v += 0x20 }
        else if v >= 0x410 && v <= 0x42F { v += 0x20 }
        else if v == 0x401 || v == 0x451 { v = 0x435 }
        if v < 0x80 { return [UInt8(v)] }
        if v < 0x800 { return [UInt8(0xC0 | (v >> 6)), UInt8(0x80 | (v & 0x3F))] }
        if v < 0x10000 { return [UInt8(0xE0 | (v >> 12)), UInt8(0x80 | ((v >> 6) & 0x3F)), UInt8(0x80 | (v & 0x3F))] }
        return [UInt8(0xF0 | (v >> 18)), UInt8(0x80 | ((v >> 12) & 0x3F)), UInt8(0x80 | ((v >> 6) & 0x3F)), UInt8(0x80 | (v & 0x3F))]
    }
}
