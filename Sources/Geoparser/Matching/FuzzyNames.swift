/// OCR-tolerant matching of single capitalised words against one-word Latin names.
///
/// Bounded weighted edit distance: 1 for words of 5–8 letters, 2 for longer; OCR confusions
/// (f/s, 1/l, 0/o, 5/s, rn/m…) cost half. Names are bucketed by length so a word is compared only
/// with names within the bound, and only when their first letters agree or are confusable.
struct FuzzyNames: Sendable {
    /// A one-word name and what it means.
    struct Candidate: Sendable {
        var key: [UInt8]
        var entry: NameEntry
    }

    /// Candidates by key length.
    private var byLength: [[Candidate]] = Array(repeating: [], count: 40)
    /// Every one-word key, for the demonym test ("Bavarian" = "Bavaria" + "n").
    private var allKeys: Set<[UInt8]> = []

    init(names: [(key: [UInt8], entry: NameEntry)]) {
        var seen = Set<[UInt8]>()
        for (key, entry) in names where key.count < 40 {
            allKeys.insert(key)
            // One candidate per key and place; rivals for one key make the match ambiguous, resolved later.
            if seen.insert(key + [UInt8(truncatingIfNeeded: entry.place), UInt8(truncatingIfNeeded: entry.place >> 8)]).inserted {
                byLength[key.count].append(Candidate(key: key, entry: entry))
            }
        }
    }

    /// The most distance allowed for a word of `length` letters.
    static func bound(_ length: Int) -> Double { length >= 9 ? 2 : (length >= 5 ? 1 : 0) }

    /// True when `word` is a name plus an adjectival ending ("bavarian", "english", "chinese", "russian").
    func isDemonym(_ word: [UInt8]) -> Bool {
        for suffix in FuzzyNames.suffixes where word.count > suffix.count + 2 && word.suffix(suffix.count).elementsEqual(suffix) {
            let stem = Array(word.dropLast(suffix.count))
            if allKeys.contains(stem) { return true }
            // China → Chin-ese, Russia → Russ-ian: the name's last vowel gives way to the ending.
            for v in [UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "o"), UInt8(ascii: "y")] where allKeys.contains(stem + [v]) { return true }
        }
        return false
    }

    private static let suffixes: [[UInt8]] = Lexicon.demonymSuffixes.map { Array($0.utf8) }

    /// The best name within the bound for a folded word (lower-case ASCII letters and digits), or nil.
    /// Rivals at the same distance for different places make it ambiguous (nil).
    func match(_ word: [UInt8]) -> (entries: [NameEntry], distance: Double)? {
        let n = word.count
        let bound = FuzzyNames.bound(n)
        guard bound > 0, !isDemonym(word) else { return nil }
        var best: Double = .infinity
        var found: [NameEntry] = []
        var bestKeys: [[UInt8]] = []
        // No key is 40 letters or longer, so a word of 42+ letters has no candidate length.
        let shortest = max(1, n - Int(bound)), longest = min(39, n + Int(bound))
        guard shortest <= longest else { return nil }
        for len in shortest...longest {
            for c in byLength[len] {
                guard FuzzyNames.firstLettersAgree(word[0], c.key[0]) else { continue }
                // A word that is a name cut short is a person or a truncation, not an OCR error ("Kraskin").
                if c.key.count > n && c.key.starts(with: word) { continue }
                let d = FuzzyNames.distance(word, c.key, limit: bound)
                guard d <= bound else { continue }
                if d < best {
                    best = d
                    found = [c.entry]
                    bestKeys = [c.key]
                } else if d == best {
                    found.append(c.entry)
                    bestKeys.append(c.key)
                }
            }
        }
        guard !found.isEmpty, best > 0 else { return nil }
        return (found, best)
    }

    /// True when two first letters are equal or an OCR confusion pair.
    static func firstLettersAgree(_ a: UInt8, _ b: UInt8) -> Bool { a == b || substitutionCost(a, b) < 1 }

    /// Cost of reading `a` where `b` was printed: 0 equal, 0.5 for OCR confusions, 1 otherwise.
    @inline(__always)
    static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Double {
        if a == b { return 0 }
        switch (a, b) {
        case (UInt8(ascii: "f"), UInt8(ascii: "s")), (UInt8(ascii: "s"), UInt8(ascii: "f")),
             (UInt8(ascii: "1"), UInt8(ascii: "l")), (UInt8(ascii: "l"), UInt8(ascii: "1")),
             (UInt8(ascii: "1"), UInt8(ascii: "i")), (UInt8(ascii: "i"), UInt8(ascii: "1")),
             (UInt8(ascii: "l"), UInt8(ascii: "i")), (UInt8(ascii: "i"), UInt8(ascii: "l")),
             (UInt8(ascii: "0"), UInt8(ascii: "o")), (UInt8(ascii: "o"), UInt8(ascii: "0")),
             (UInt8(ascii: "5"), UInt8(ascii: "s")), (UInt8(ascii: "s"), UInt8(ascii: "5")),
             (UInt8(ascii: "c"), UInt8(ascii: "e")), (UInt8(ascii: "e"), UInt8(ascii: "c")),
             (UInt8(ascii: "8"), UInt8(ascii: "b")), (UInt8(ascii: "b"), UInt8(ascii: "8")),
             (UInt8(ascii: "u"), UInt8(ascii: "v")), (UInt8(ascii: "v"), UInt8(ascii: "u")):
            return 0.5
        default:
            return 1
        }
    }

    /// Weighted Levenshtein distance with the two-letter confusions rn↔m, cl↔d, vv↔w, ii↔u at half cost;
    /// stops early (returns > limit) once every cell of a row exceeds the limit.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Double) -> Double {
        let n = a.count, m = b.count
        if abs(n - m) > Int(limit) + 1 { return limit + 1 }
        var rows = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
        for j in 0...m { rows[0][j] = Double(j) }
        for i in 1...n {
            rows[i][0] = Double(i)
            var rowMin = rows[i][0]
            for j in 1...m {
                var v = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + substitutionCost(a[i - 1], b[j - 1]))
                if i >= 2, isPair(a[i - 2], a[i - 1], b[j - 1]) { v = min(v, rows[i - 2][j - 1] + 0.5) }
                if j >= 2, isPair(b[j - 2], b[j - 1], a[i - 1]) { v = min(v, rows[i - 1][j - 2] + 0.5) }
                rows[i][j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
        }
        return rows[n][m]
    }

    /// True when the two letters `x y` are commonly misread as the one letter `z` (or the reverse).
    @inline(__always)
    static func isPair(_ x: UInt8, _ y: UInt8, _ z: UInt8) -> Bool {
        switch (x, y, z) {
        case (UInt8(ascii: "r"), UInt8(ascii: "n"), UInt8(ascii: "m")), (UInt8(ascii: "c"), UInt8(ascii: "l"), UInt8(ascii: "d")),
             (UInt8(ascii: "v"), UInt8(ascii: "v"), UInt8(ascii: "w")), (UInt8(ascii: "i"), UInt8(ascii: "i"), UInt8(ascii: "u")):
            return true
        default:
            return false
        }
    }
}

/// A small direct-mapped cache of fuzzy results by word hash, so repeated words ("Shigemitsu") cost one probe.
final class FuzzyCache {
    // Raw memory: a class's `var` arrays cost an exclusivity check per access, once per capitalised word.
    private let hashes: UnsafeMutablePointer<UInt64>
    private let results: UnsafeMutablePointer<Int32>   // -2 empty, -1 no match, else index into `stored`
    private var stored: [(entries: [NameEntry], distance: Double)] = []
    private let mask: Int

    init(bits: Int = 14) {
        hashes = UnsafeMutablePointer<UInt64>.allocate(capacity: 1 << bits)
        hashes.initialize(repeating: 0, count: 1 << bits)
        results = UnsafeMutablePointer<Int32>.allocate(capacity: 1 << bits)
        results.initialize(repeating: -2, count: 1 << bits)
        mask = (1 << bits) - 1
    }

    deinit {
        hashes.deallocate()
        results.deallocate()
    }

    /// The cached result for a word hash: nil when not cached, .some(nil) when known not to match.
    func lookup(_ h: UInt64) -> (entries: [NameEntry], distance: Double)?? {
        let slot = Int(truncatingIfNeeded: h) & mask
        guard hashes[slot] == h, results[slot] != -2 else { return nil }
        let r = results[slot]
        return r < 0 ? .some(nil) : .some(stored[Int(r)])
    }

    /// Remembers a result; matches are few, so `stored` stays small (it is reset if it ever grows large).
    func store(_ h: UInt64, _ value: (entries: [NameEntry], distance: Double)?) {
        let slot = Int(truncatingIfNeeded: h) & mask
        if stored.count > 4096 {
            stored.removeAll(keepingCapacity: true)
            for i in 0...mask where results[i] >= 0 { results[i] = -2 }
        }
        hashes[slot] = h
        if let value {
            results[slot] = Int32(stored.count)
            stored.append(value)
        } else {
            results[slot] = -1
        }
    }
}
