import Gazetteer

/// The conventions applied to each name hit: spans, exclusions (persons, formations, treaties,
/// catchwords, demonym compounds) and the choice of id from context.
extension DocumentScanner {
    /// Chooses the longest accepted key whose case fits, then applies the rules; nil when nothing fits.
    func processHit(start s: Int, cjk: Bool) -> Int? {
        // Case rules do not apply to CJK hits (and asking Unicode properties of every CJK hit was slow).
        let firstUpper = cjk ? false : isUpper(at: s)
        for k in stride(from: acceptCount - 1, through: 0, by: -1) {
            let e = acceptEnds[k]
            let all = compiled.automaton.entries(of: acceptNodes[k])
            if all.allSatisfy({ caseAllows($0, s, e, firstUpper, cjk) }) {
                return resolve(start: s, end: e, entries: all, fuzzyDistance: nil, cjk: cjk)
            }
            let entries = all.filter { caseAllows($0, s, e, firstUpper, cjk) }
            if !entries.isEmpty { return resolve(start: s, end: e, entries: entries[...], fuzzyDistance: nil, cjk: cjk) }
        }
        return nil
    }

    /// True when the scalar at `i` is an upper-case letter.
    func isUpper(at i: Int) -> Bool {
        let (v, _) = decodeScalar(p, i, hi)
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if (0x410...0x42F).contains(v) || v == 0x401 { return true }
        return Unicode.Scalar(v)?.properties.isUppercase ?? false
    }

    /// Case rules: names start with a capital unless long enough to be unmistakable; short abbreviations are all capitals.
    func caseAllows(_ entry: NameEntry, _ s: Int, _ e: Int, _ firstUpper: Bool, _ cjk: Bool) -> Bool {
        if cjk { return true }
        if !firstUpper && !entry.lowercaseOK { return false }
        if entry.capitalMask != 0 && !capitalisationFits(entry, s, e) { return false }
        if entry.letters <= 3 {
            var i = s
            while i < e {
                let (v, len) = decodeScalar(p, i, hi)
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x430 && v <= 0x44F) { return false }
                i += len
            }
        }
        return true
    }

    /// True when every word the data capitalises is capitalised in the text (or the text is in capitals).
    /// Checked only when the text has as many space-separated words as the data's name.
    func capitalisationFits(_ entry: NameEntry, _ s: Int, _ e: Int) -> Bool {
        var word = 0
        var atWordStart = true
        var i = s
        var fits = true
        var sawLower = false
        while i < e {
            let (v, len) = decodeScalar(p, i, hi)
            if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D {
                if !atWordStart { word += 1 }
                atWordStart = true
            } else {
                let lower = (v >= 0x61 && v <= 0x7A) || (v >= 0x430 && v <= 0x44F)
                if lower { sawLower = true }
                if atWordStart {
                    if word < 8 && entry.capitalMask & (1 << UInt8(word)) != 0 && lower { fits = false }
                    atWordStart = false
                }
            }
            i += len
        }
        return fits || !sawLower || word + 1 != Int(entry.wordCount)
    }

    /// Applies the conventions to a hit at `s..<e0` and reports it; returns where scanning resumes.
    func resolve(start s: Int, end e0: Int, entries: ArraySlice<NameEntry>, fuzzyDistance: Double?, cjk: Bool) -> Int {
        var e = e0
        // "U.S.A." keeps its final dot: the last letter of a dotted abbreviation.
        if e + 1 <= hi, e < hi, p[e] == 0x2E, e - 2 >= s, p[e - 2] == 0x2E { e += 1 }
        if isCatchword(s, e) { return e }
        // "富士山东北": compass characters right after a CJK word are a direction, not 东北 (north-east).
        if cjk, isCJK(before: s), isCompassOnly(s, e0) { return e0 }
        let endsInCJK = cjk || isCJK(before: e0)
        // Only a character that begins one of the CJK suffix lists needs them compared.
        let cjkSuffix = endsInCJK && e0 < hi && Lexicon.cjkSuffixStarts.contains(decodeScalar(p, e0, hi).0)
        if cjkSuffix {
            if hasSuffix(at: e0, Lexicon.cjkNonPlaceSuffixes) { return e0 }
            if hasSuffix(at: e0, Lexicon.cjkTreatySuffixes) {
                emitTreaty(s, e0, entries: entries)
                return e0
            }
        }
        let prev = tokenBefore(s)
        let next = tokenAfter(e, maxNewlines: 0)
        if prev.kind == .word && Words.titles.contains(prev.hash) { return e }
        if prev.isPunct(".") {
            let p2 = tokenBefore(prev.start, maxNewlines: 0)
            if p2.kind == .word && p2.length <= 4 && Words.titles.contains(p2.hash) && !Words.genericBefore.contains(p2.hash) { return e }
        }
        if !endsInCJK, let end = formationEnd(after: e, next: next) { return end }
        if !endsInCJK, isTreatyContext(start: s, prev: prev, next: next, entries: entries) {
            emitTreaty(s, e0, entries: entries)
            return e
        }

        // Generic word before: inside the span, and it names the type.
        var start = s
        var hint: Lexicon.TypeClass? = nil
        var hintFromBefore = false
        if prev.kind == .word, prev.newlines == 0, prev.length > 2, let cls = Words.genericBefore[prev.hash] {
            start = prev.start
            hint = cls
            hintFromBefore = true
        } else if prev.isPunct("."), prev.newlines == 0 {
            let p2 = tokenBefore(prev.start, maxNewlines: 0)
            if p2.kind == .word, p2.length <= 3, let cls = Words.genericBefore[p2.hash] {
                start = p2.start
                hint = cls
                hintFromBefore = true
            }
        } else if prev.kind == .word, prev.hash == Words.of, prev.newlines == 0 {
            let p2 = tokenBefore(prev.start, maxNewlines: 0)
            if p2.kind == .word, p2.upper, let cls = Words.genericOfBefore[p2.hash] {
                start = p2.start
                hint = cls
                hintFromBefore = true
            }
        }
        // English generic word after: outside the span, but it names the type.
        if !endsInCJK, let (cut, cls) = trailingGeneric(s, e) {
            e = cut
            if hint == nil { hint = cls }
        } else if hint == nil, next.kind == .word, next.newlines == 0, let cls = Words.genericAfter[next.hash] {
            hint = cls
        } else if hint == nil, cjkSuffix, let cls = Lexicon.cjkGenericSuffix.first(where: { hasSuffix(at: e0, $0.0) })?.1 {
            hint = cls
        }

        let choice = choose(entries, hint: hint, hintFromBefore: hintFromBefore, prev: prev, fuzzyDistance: fuzzyDistance)
        if let pi = choice.place {
            compiled.places.withUnsafeBufferPointer { places in
                emitMention(start, e, id: places[pi].id, kind: places[pi].type, coordinate: places[pi].coordinate, confidence: choice.confidence, place: pi)
            }
            if compiled.facts.hasAnchor(pi), let exprEnd = checkRelative(anchor: pi, start: start, end: e, cjk: endsInCJK, prev: start == s ? prev : nil) { return max(e, e0, exprEnd) }
        } else {
            emitMention(start, e, id: nil, kind: hint?.kindName ?? "place", coordinate: nil, confidence: 0.6)
        }
        return max(e, e0)
    }

    /// The place chosen among a key's meanings, and how sure the choice is.
    func choose(_ entries: ArraySlice<NameEntry>, hint: Lexicon.TypeClass?, hintFromBefore: Bool, prev: Token, fuzzyDistance: Double?) -> (place: Int?, confidence: Double) {
        // Context cues from up to three tokens back. They add the same to every entry of one place,
        // so they can only change the choice (or its margin) when the entries name several places:
        // most hits name one, and skip the three token reads.
        var waterCue = false, settlementCue = false
        var onePlace: Int32 = -1, severalPlaces = false
        for entry in entries where entry.place >= 0 {
            if onePlace < 0 { onePlace = entry.place } else if entry.place != onePlace { severalPlaces = true; break }
        }
        if prev.kind == .word && severalPlaces {
            if prev.hash == Words.the { waterCue = true }
            else if Words.settlementPrepositions.contains(prev.hash) { settlementCue = true }
            var t = prev
            for _ in 0..<3 {
                if Words.waterCues.contains(t.hash) { waterCue = true }
                if Words.settlementCues.contains(t.hash) { settlementCue = true }
                t = tokenBefore(t.start, maxNewlines: 0)
                if t.kind != .word { break }
            }
        }
        var best: (score: Double, order: Int, place: Int)? = nil
        var second: Double = -.infinity
        let facts = compiled.facts
        for entry in entries where entry.place >= 0 {
            let pi = Int(entry.place)
            var score: Double
            switch entry.origin {
            case .exact: score = 10
            case .inflected: score = 9
            case .alias: score = 6
            case .treatyName: score = 0
            }
            if fuzzyDistance != nil { score -= 2 }
            if entry.origin == .alias, let cls = entry.aliasClass {
                if hint == cls { score += 6 } else if hint != nil { score -= 4 }
            }
            if let hint {
                if facts.admits(hint, pi) { score += 8 } else { score -= 6 }
            }
            if waterCue && facts.isWater(pi) { score += 3 }
            if settlementCue && facts.isSettlement(pi) { score += 3 }
            if facts.isNatural(pi) { score += 1 }
            // Place indices follow the gazetteer order, so the index breaks ties.
            if let b = best {
                if score > b.score || (score == b.score && pi < b.order) {
                    second = max(second, b.score)
                    best = (score, pi, pi)
                } else {
                    second = max(second, score)
                }
            } else {
                best = (score, pi, pi)
            }
        }
        guard let best else { return (nil, 0.6) }
        // A generic word before the name that fits none of its places names a different feature: unknown.
        if hintFromBefore, let hint, !facts.admits(hint, best.place) { return (nil, 0.6) }
        var confidence = 0.95
        if best.score - second < 3 { confidence = 0.7 }
        if let d = fuzzyDistance { confidence = min(confidence, 0.8 - 0.1 * d) }
        else if entries.contains(where: { $0.place == Int32(best.place) && $0.origin == .inflected }) { confidence = min(confidence, 0.9) }
        return (best.place, confidence)
    }

    /// A page-break catchword: the word alone on its line, a blank line, then a line starting with the same word.
    func isCatchword(_ s: Int, _ e: Int) -> Bool {
        // Locals: the position state and tables are read once per call, not per byte.
        let p = self.p, hi = self.hi, lo = self.lo, t = self.t
        _ = (lo, t)
        var i = s
        while i > lo && (p[i - 1] == 0x20 || p[i - 1] == 0x09) { i -= 1 }
        guard i > lo ? p[i - 1] == 0x0A : base == 0 else { return false }
        var j = e
        while j < hi && (p[j] == 0x20 || p[j] == 0x09 || p[j] == 0x0D) { j += 1 }
        guard j < hi, p[j] == 0x0A else { return false }
        j += 1
        var blank = false
        while j < hi && (p[j] == 0x20 || p[j] == 0x09 || p[j] == 0x0D || p[j] == 0x0A) {
            if p[j] == 0x0A { blank = true }
            j += 1
        }
        let n = e - s
        guard blank, j + n <= hi else { return false }
        for k in 0..<n where p[s + k] != p[j + k] { return false }
        return j + n == hi || t.wordish[Int(p[j + n])] != 1
    }

    /// The end of a military formation name right after a toponym ("Army", "border detachment"), or nil.
    /// `next` is `tokenAfter(e, maxNewlines: 0)` when the caller has it already.
    func formationEnd(after e: Int, next: Token? = nil) -> Int? {
        var t = next ?? tokenAfter(e, maxNewlines: 0)
        if t.isPunct(")") { t = tokenAfter(t.end, maxNewlines: 0) }
        var qualified = false
        for _ in 0..<3 {
            guard t.kind == .word else { return nil }
            if Words.formationWords.contains(t.hash) && (t.upper || qualified) { return t.end }
            if t.hash == Words.military {
                let d = tokenAfter(t.end, maxNewlines: 0)
                if d.kind == .word && d.hash == Words.district { return d.end }
            }
            guard Words.formationQualifiers.contains(t.hash) else { return nil }
            qualified = true
            t = tokenAfter(t.end, maxNewlines: 0)
        }
        return nil
    }

    /// True when the toponym names a treaty: "the X agreement", "X and other agreements", "Treaty of X", "that of X".
    func isTreatyContext(start s: Int, prev: Token, next: Token, entries: ArraySlice<NameEntry>) -> Bool {
        var t = next
        if t.kind == .punct && (t.punct == 0x27) {
            let poss = tokenAfter(t.end, maxNewlines: 0)
            if poss.kind == .word && poss.length == 1 { t = tokenAfter(poss.end, maxNewlines: 0) }
        }
        for _ in 0..<3 {
            guard t.kind == .word, t.newlines == 0 else { break }
            if Words.treatyWords.contains(t.hash) { return true }
            if Words.mapWords.contains(t.hash) && treatyIndex(for: entries) != nil { return true }
            guard Words.treatyQualifiers.contains(t.hash) else { break }
            t = tokenAfter(t.end, maxNewlines: 0)
        }
        if prev.kind == .word && prev.hash == Words.of {
            let p2 = tokenBefore(prev.start, maxNewlines: 0)
            if p2.kind == .word && Words.treatyWords.contains(p2.hash) { return true }
            if p2.kind == .word && (p2.hash == Words.that || p2.hash == Words.those) {
                // "another agreement later than that of Vienna": a treaty word earlier in the sentence.
                var q = tokenBefore(p2.start, maxNewlines: 1)
                for _ in 0..<16 {
                    if q.kind == .none || q.isPunct(".") || q.isPunct(";") { break }
                    if q.kind == .word && Words.treatyWords.contains(q.hash) { return true }
                    q = tokenBefore(q.start, maxNewlines: 1)
                }
            }
        }
        return false
    }

    /// The treaty a toponym names, from the treaty table: by place id first, then by name.
    func treatyIndex(for entries: ArraySlice<NameEntry>, surface: @autoclosure () -> String? = nil) -> Int? {
        for entry in entries {
            if entry.treaty >= 0 { return Int(entry.treaty) }
            if entry.place >= 0, case let ti = compiled.treatyOfPlace[Int(entry.place)], ti >= 0 { return Int(ti) }
        }
        // The surface only when no entry names the treaty (a name the gazetteer lacks).
        if let surface = surface() { return compiled.treatyOfNameKey[NameNormalizer.key(surface)] }
        return nil
    }

    /// Reports a treaty reference for the toponym at `s..<e`.
    func emitTreaty(_ s: Int, _ e: Int, entries: ArraySlice<NameEntry>) {
        let id = treatyIndex(for: entries, surface: text(s, e)).map { compiled.treaties.treaties[$0].id }
        let start = cp(s), end = cp(e)
        if let raw = rawSink {
            raw.treaty(surface: UnsafeBufferPointer(start: p + s, count: max(0, e - s)), start: start, end: end, id: id)
        } else {
            sink.treaty(TreatyReference(id: id, surface: text(s, e), start: start, end: end))
        }
    }

    /// Reports a mention and records it for relative locations and incidents.
    func emitMention(_ s: Int, _ e: Int, id: String?, kind: String, coordinate: Coordinate?, confidence: Double, place: Int = -1) {
        advanceParagraph(to: s)
        let startCP = cp(s)
        let endCP = cp(e)
        if let raw = rawSink {
            raw.mention(surface: UnsafeBufferPointer(start: p + s, count: max(0, e - s)), start: startCP, end: endCP, place: place,
                        id: id, kind: kind, coordinate: coordinate, confidence: confidence)
        } else {
            sink.mention(Mention(id: id, surface: text(s, e), start: startCP, end: endCP, kind: kind, coordinate: coordinate, confidence: confidence))
        }
        if place >= 0 { paragraph.addMention(place: Int32(place), start: startCP, end: endCP) }
        let st = state
        st.pointee.previousPlace = st.pointee.lastPlace
        st.pointee.previousEnd = st.pointee.lastEnd
        st.pointee.lastPlace = Int32(place)
        st.pointee.lastEnd = base + e
    }

    /// An English generic word ending a matched name ("Carlisle district"): the cut point and its class.
    func trailingGeneric(_ s: Int, _ e: Int) -> (Int, Lexicon.TypeClass)? {
        // The scanner's raw tables, not `ASCIIClass`'s arrays: a lazy global's check and a bounds
        // check per byte, at every hit.
        let p = self.p, wordish = t.wordish, separator = t.separator
        var ws = e
        while ws > s && wordish[Int(p[ws - 1])] == 1 { ws -= 1 }
        guard ws > s, ws < e, p[ws - 1] == 0x20 || p[ws - 1] == 0x0A || p[ws - 1] == 0x09 else { return nil }
        let t = readToken(at: ws)
        guard t.end == e, let cls = Words.genericAfter[t.hash] else { return nil }
        var cut = ws
        while cut > s && (separator[Int(p[cut - 1])] != 0 || p[cut - 1] == 0x0A) { cut -= 1 }
        return cut > s ? (cut, cls) : nil
    }

    /// True when every scalar of `s..<e` is a CJK compass character (東 东 西 南 北).
    func isCompassOnly(_ s: Int, _ e: Int) -> Bool {
        var i = s
        while i < e {
            let (v, len) = decodeScalar(p, i, hi)
            guard v == 0x6771 || v == 0x4E1C || v == 0x897F || v == 0x5357 || v == 0x5317 else { return false }
            i += len
        }
        return true
    }

    /// True when the scalar before `i` is a CJK character.
    func isCJK(before i: Int) -> Bool {
        guard i > lo else { return false }
        // An ASCII byte before: no scalar to decode (almost every hit in a spaced script).
        if p[i - 1] < 0x80 { return false }
        let q = previousScalarStart(p, i, lo)
        let cls = folding.classOf(decodeScalar(p, q, hi).0)
        return cls == .han || cls == .kana
    }

    /// True when the text at `i` starts with one of the strings.
    func hasSuffix(at i: Int, _ options: [String]) -> Bool {
        for o in options where hasSuffix(at: i, o) { return true }
        return false
    }

    /// True when the text at `i` starts with `option` (its UTF-8 read in place: this runs at every
    /// CJK character, where an array per call was most of the scan's time).
    @inline(__always)
    func hasSuffix(at i: Int, _ option: String) -> Bool {
        var k = i
        for b in option.utf8 {
            guard k < hi, p[k] == b else { return false }
            k += 1
        }
        return true
    }
}
