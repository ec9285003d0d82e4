/// Capitalised words no name matched: OCR-damaged names, and clear toponyms the gazetteer lacks
/// ("Hill 731", "Lake X", "X River", "озеро X"), which are reported with a null id.
extension DocumentScanner {
    /// Handles a capitalised ASCII word at `s..<e` that no key matched; returns where scanning resumes.
    /// `hash` is the word's `TokenHash` when it is plain ASCII.
    func capitalisedWord(_ s: Int, _ e: Int, hash: UInt64?) -> Int {
        if let hash, let trigger = triggers[hash] {
            let tok = readToken(at: s)
            switch trigger {
            case .month:
                if tok.end == e, let month = Words.months[tok.hash], let resume = englishDate(monthToken: tok, month: month) { return resume }
            case .today:
                checkToday(tok.start, tok.end)
            case .generic:
                if let resume = unknownBefore(tok) { return resume }
            }
        }
        if let hash, let resume = fuzzyWord(s, e, hash: hash) { return resume }
        // "X River": only when a capitalised word follows after one space.
        if e + 1 < hi, p[e] == 0x20, p[e + 1] >= 0x41, p[e + 1] <= 0x5A, mayBeClearGeneric(at: e + 1),
           let resume = unknownBeforeGeneric(readToken(at: s)) { return resume }
        return e
    }

    /// Runs the OCR matcher on a capitalised word; reports and returns the resume point on a match.
    func fuzzyWord(_ s: Int, _ e: Int, hash h: UInt64) -> Int? {
        let n = e - s
        guard n >= 5, n <= 24 else { return nil }
        let result: (entries: [NameEntry], distance: Double)?
        if let cached = fuzzyCache.lookup(h) {
            result = cached
        } else {
            let word = (s..<e).map { t.lower[Int(p[$0])] }
            result = compiled.fuzzy.match(word)
            fuzzyCache.store(h, result)
        }
        guard let result else { return nil }
        return resolve(start: s, end: e, entries: result.entries[...], fuzzyDistance: result.distance, cjk: false)
    }

    /// "Hill 101", "Lake X", "Mount X", "Sea of X" that the gazetteer lacks.
    func unknownBefore(_ tok: Token) -> Int? {
        if Words.numberedGeneric.contains(tok.hash) {
            let n = tokenAfter(tok.end, maxNewlines: 0)
            if n.kind == .number && n.length <= 5 {
                emitMention(tok.start, n.end, id: nil, kind: "hill", coordinate: nil, confidence: 0.6)
                return n.end
            }
            return nil
        }
        if let cls = Words.namedGenericBefore[tok.hash] {
            var n = tokenAfter(tok.end, maxNewlines: 0)
            if n.isPunct(".") { n = tokenAfter(n.end, maxNewlines: 0) }
            guard n.kind == .word, n.upper, isPlainName(n) else { return nil }
            if walk(from: n.start, cjk: false) || fuzzyCandidate(n) { return n.start }
            emitMention(tok.start, n.end, id: nil, kind: cls.kindName, coordinate: nil, confidence: 0.6)
            return n.end
        }
        if let cls = Words.genericOfBefore[tok.hash] {
            let of = tokenAfter(tok.end, maxNewlines: 0)
            guard of.kind == .word, of.hash == Words.of else { return nil }
            let n = tokenAfter(of.end, maxNewlines: 0)
            guard n.kind == .word, n.upper, isPlainName(n) else { return nil }
            if walk(from: n.start, cjk: false) || fuzzyCandidate(n) { return n.start }
            emitMention(tok.start, n.end, id: nil, kind: cls.kindName, coordinate: nil, confidence: 0.6)
            return n.end
        }
        return nil
    }

    /// False when the ASCII word at `i` is surely not one of `Words.clearGenericAfter` (its letters
    /// hashed in place); true when it may be, or when a hyphen or non-ASCII byte makes it a longer
    /// token. Most capitalised words are followed by another ("Soviet Government"), and reading
    /// both tokens for each was a visible part of the scan.
    func mayBeClearGeneric(at i: Int) -> Bool {
        let w = t.wordish, l = t.lower
        var h = TokenHash.seed
        var j = i
        while j < hi && w[Int(p[j])] == 1 { h = TokenHash.mix(h, l[Int(p[j])]); j += 1 }
        if j < hi && (p[j] == 0x2D || p[j] >= 0x80) { return true }
        return Words.clearGenericAfter.contains(h)
    }

    /// "X River", "X Bay": a capitalised unknown word before a capitalised generic word.
    func unknownBeforeGeneric(_ tok: Token) -> Int? {
        guard tok.kind == .word, tok.length >= 3 else { return nil }
        let n = tokenAfter(tok.end, maxNewlines: 0)
        guard n.kind == .word, n.upper, !n.allUpper || tok.allUpper, let cls = Words.clearGenericAfter[n.hash], isPlainName(tok) else { return nil }
        let prev = tokenBefore(tok.start)
        if prev.kind == .word && Words.titles.contains(prev.hash) { return nil }
        emitMention(tok.start, tok.end, id: nil, kind: cls.kindName, coordinate: nil, confidence: 0.6)
        return n.end
    }

    /// Russian "озеро X", "река X", "высота 101" that the gazetteer lacks.
    func cyrillicWord(_ s: Int, _ e: Int) -> Int {
        // Only a word of four letters or more that begins like a generic noun or «сегодня» can be
        // one (their letters: no hyphens): most words of Russian prose need no token read.
        guard countScalars(s, e) >= 4, Words.russianRuleStarts.contains(decodeScalar(p, s, hi).0) else { return e }
        let tok = readToken(at: s)
        if Words.today.contains(tok.hash) { checkToday(tok.start, tok.end) }
        guard let cls = Words.russianGenericNouns[tok.hash] else { return e }
        let n = tokenAfter(tok.end, maxNewlines: 0)
        if n.kind == .number, cls == .hill, n.length <= 5 {
            emitMention(tok.start, n.end, id: nil, kind: "hill", coordinate: nil, confidence: 0.6)
            return n.end
        }
        guard n.kind == .word, n.upper else { return e }
        if walk(from: n.start, cjk: false) { return n.start }
        emitMention(tok.start, n.end, id: nil, kind: cls.kindName, coordinate: nil, confidence: 0.6)
        return n.end
    }

    /// True when the token can be (part of) a proper name: not a function word, month, title or demonym.
    func isPlainName(_ t: Token) -> Bool {
        if Words.stopwords.contains(t.hash) || Words.titles.contains(t.hash) || Words.irregularDemonyms.contains(t.hash) || Words.months.contains(t.hash) { return false }
        let word = Array(text(t).lowercased().utf8)
        for suffix in ["ese", "ian", "ish", "ans"] where word.count > 5 && word.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) { return false }
        return !compiled.fuzzy.isDemonym(word)
    }

    /// True when the OCR matcher would accept the word token.
    func fuzzyCandidate(_ t: Token) -> Bool {
        let word = Array(text(t).lowercased().utf8)
        guard word.count >= 5, word.allSatisfy({ $0 < 0x80 }) else { return false }
        return compiled.fuzzy.match(word) != nil
    }
}
