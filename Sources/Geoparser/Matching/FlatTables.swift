/// The name automaton and byte tables as raw pointers, for the scanner's hot loop.
///
/// Arrays and `static let` tables cost bounds checks, lazy-initialisation checks and exclusivity
/// checks on every byte; these immutable pointers cost none. Built once per gazetteer, never mutated.
final class FlatTables: @unchecked Sendable {
    let root: UnsafeMutablePointer<Int32>
    let edgeStart: UnsafeMutablePointer<Int32>
    let edgeCount: UnsafeMutablePointer<UInt8>
    let edgeByte: UnsafeMutablePointer<UInt8>
    let edgeTarget: UnsafeMutablePointer<Int32>
    let entryCount: UnsafeMutablePointer<UInt16>
    /// 1 = ASCII letter/digit, 2 = non-ASCII, 0 = other.
    let wordish: UnsafeMutablePointer<UInt8>
    let lower: UnsafeMutablePointer<UInt8>
    /// 1 for ASCII separators that may sit inside a name.
    let separator: UnsafeMutablePointer<UInt8>
    /// 1 when some key lets a lower-case word start with this folded byte.
    let lowercaseStart: UnsafeMutablePointer<UInt8>
    /// Bit set over the first two folded key bytes (ASCII only): a cheap reject before walking.
    let bigram: UnsafeMutablePointer<UInt64>
    /// Bit set over a hash of the first four folded bytes of keys that may start in lower case:
    /// most lower-case words are rejected with one lookup.
    let lowerQuadgram: UnsafeMutablePointer<UInt64>
    /// The same over the first four folded bytes of every key; `shortKeyStart` marks first bytes of keys shorter than four.
    let quadgram: UnsafeMutablePointer<UInt64>
    let shortKeyStart: UnsafeMutablePointer<UInt8>
    /// Every ASCII prefix of a key (letters and digits only) by its `TokenHash` → the node it reaches:
    /// a capitalised word's walk jumps to the node after the word in one probe, and a word that is
    /// no key's prefix is known to start nothing.
    let prefixNodes: HashTable<Int32>
    static let quadBits = 1 << 16
    private var allocations: [UnsafeMutableRawPointer] = []

    init(_ a: NameAutomaton, keys: [[UInt8]], lowercaseKeys: [[UInt8]]) {
        func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, array.count))
            p.initialize(from: array, count: array.count)
            return p
        }
        root = copy(a.root)
        edgeStart = copy(a.edgeStart)
        edgeCount = copy(a.edgeCount)
        edgeByte = copy(a.edgeByte)
        edgeTarget = copy(a.edgeTarget)
        entryCount = copy(a.entryCount)
        wordish = copy(ASCIIClass.wordish)
        lower = copy(ASCIIClass.lower)
        separator = copy(ASCIIClass.separator.map { $0 ? UInt8(1) : 0 })
        lowercaseStart = copy(a.lowercaseStart.map { $0 ? UInt8(1) : 0 })
        var bits = [UInt64](repeating: 0, count: 65536 / 64)
        for key in keys where key.count >= 2 {
            let i = Int(key[0]) << 8 | Int(key[1])
            bits[i >> 6] |= 1 << UInt64(i & 63)
        }
        bigram = copy(bits)
        var quad = [UInt64](repeating: 0, count: FlatTables.quadBits / 64)
        for key in lowercaseKeys where key.count >= 4 {
            let i = FlatTables.quadHash(key[0], key[1], key[2], key[3])
            quad[i >> 6] |= 1 << UInt64(i & 63)
        }
        lowerQuadgram = copy(quad)
        var allQuad = [UInt64](repeating: 0, count: FlatTables.quadBits / 64)
        var short = [UInt8](repeating: 0, count: 256)
        for key in keys {
            if key.count >= 4 {
                let i = FlatTables.quadHash(key[0], key[1], key[2], key[3])
                allQuad[i >> 6] |= 1 << UInt64(i & 63)
            } else if let f = key.first {
                short[Int(f)] = 1
            }
        }
        quadgram = copy(allQuad)
        shortKeyStart = copy(short)
        var prefixes: [UInt64: Int32] = [:]
        for key in keys {
            var h = TokenHash.seed, node: Int32 = 0
            for b in key {
                guard (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) else { break }
                node = a.child(node, b)
                if node < 0 { break }
                h = TokenHash.mix(h, b)
                prefixes[h] = node
            }
        }
        prefixNodes = HashTable(prefixes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        allocations = [UnsafeMutableRawPointer(root), UnsafeMutableRawPointer(edgeStart), UnsafeMutableRawPointer(edgeCount),
                       UnsafeMutableRawPointer(edgeByte), UnsafeMutableRawPointer(edgeTarget), UnsafeMutableRawPointer(entryCount),
                       UnsafeMutableRawPointer(wordish), UnsafeMutableRawPointer(lower), UnsafeMutableRawPointer(separator),
                       UnsafeMutableRawPointer(lowercaseStart), UnsafeMutableRawPointer(bigram),
                       UnsafeMutableRawPointer(lowerQuadgram), UnsafeMutableRawPointer(quadgram), UnsafeMutableRawPointer(shortKeyStart)]
    }

    deinit { for p in allocations { p.deallocate() } }

    /// The child of `node` on byte `b`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ b: UInt8) -> Int32 {
        if node == 0 { return root[Int(b)] }
        var i = Int(edgeStart[Int(node)])
        let end = i + Int(edgeCount[Int(node)])
        while i < end {
            let e = edgeByte[i]
            if e == b { return edgeTarget[i] }
            if e > b { return -1 }
            i += 1
        }
        return -1
    }

    /// The bit index of four folded bytes in `lowerQuadgram`.
    @inline(__always)
    static func quadHash(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> Int {
        let x = UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16 | UInt32(d) << 24
        return Int((x &* 0x9E37_79B1) >> 16)
    }

    /// True when a lower-case-capable key may start with these four folded bytes.
    @inline(__always)
    func lowerQuadAllowed(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> Bool {
        let i = FlatTables.quadHash(a, b, c, d)
        return lowerQuadgram[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// True when some key may start with these four folded bytes.
    @inline(__always)
    func quadAllowed(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> Bool {
        let i = FlatTables.quadHash(a, b, c, d)
        return quadgram[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// True when a key may start with the two folded ASCII bytes.
    @inline(__always)
    func bigramAllowed(_ a: UInt8, _ b: UInt8) -> Bool {
        let i = Int(a) << 8 | Int(b)
        return bigram[i >> 6] & (1 << UInt64(i & 63)) != 0
    }
}

/// A hash set of token hashes with open addressing: a probe or two per lookup, no hashing of its own.
struct HashTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ pairs: [(UInt64, Value)]) {
        var size = 16
        while size < pairs.count * 4 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
        for (k, v) in pairs {
            var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
            while values[i] != nil && keys[i] != k { i = (i + 1) & mask }
            if values[i] == nil { keys[i] = k; values[i] = v }
        }
    }

    @inline(__always)
    subscript(_ k: UInt64) -> Value? {
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            guard let v = values[i] else { return nil }
            if keys[i] == k { return v }
            i = (i + 1) & mask
        }
    }
}
