import Gazetteer

/// Scans one document's UTF-8 bytes, buffer by buffer, and reports what it finds to a sink.
///
/// The hot loop touches each byte once through a 256-entry class table; only word starts reach the
/// name automaton, and only capitalised words that no name matched reach the OCR matcher. Context
/// rules read a few tokens around each hit. All positions are byte indices into the current buffer;
/// code points are counted lazily from a cursor when something is reported.
final class DocumentScanner {
    let compiled: CompiledGazetteer
    let geodesic: (any DirectGeodesic)?
    /// `geodesic != nil`, kept apart: testing the optional existential copies and destroys it,
    /// at every hit on a place that can anchor a relative location.
    let hasGeodesic: Bool
    let sink: any ExtractionSink
    /// True to find word starts a 64-byte block at a time (`nextWordWork`); false steps byte by byte,
    /// the reference the block finder is tested against.
    let wordBlocks: Bool
    /// The same sink when it takes mentions as bytes (the JSON formatter), else nil.
    let rawSink: (any RawMentionSink)?
    /// The automaton and byte tables (raw pointers, immutable).
    let t: FlatTables
    let folding = ScalarFolding()
    /// Which non-ASCII scalars can begin a key (no walk from the others).
    let keyStarts = KeyStarts()
    let fuzzyCache = FuzzyCache()
    /// What a capitalised word can start: a month, "To-day", "Hill 123", "Lake X", "Sea of X".
    let triggers: HashTable<Trigger>

    /// The scanner's mutable position state, behind a pointer: stored `var`s of a class pay a
    /// dynamic exclusivity check on every access, which at one access per word is most of the cost.
    struct State {
        var p: UnsafePointer<UInt8> = UnsafePointer(bitPattern: 1)!
        var lo = 0
        var hi = 0
        /// Absolute byte offset of p[0].
        var base = 0
        /// Code-point cursor: buffer index and its code-point index in the document.
        var cursorIndex = 0
        var cursorCP = 0
        /// Absolute byte position before which everything has been handled.
        var resumeAbsolute = 0
        /// True while scanning the document's last buffer (no more text after `hi`).
        var atEnd = false
        var acceptCount = 0
        /// Where the last walk stopped.
        var walkStop = 0
        /// True when the buffer is pure ASCII: code point = base code point + byte index.
        var ascii = false
        /// The last 64-byte block `nextWordWork` computed: where it starts, its word bytes, the
        /// word starts with work, and how many of its bytes are resolved (see `computeBlock`).
        var maskAt = Int.min / 2
        var maskW: UInt64 = 0
        var maskWork: UInt64 = 0
        var maskResolved = 0
        /// Blocks computed so far (tests check that each byte is classified about once).
        var blocksComputed = 0
        /// The last reported mention's place (-1: none, or a toponym with no id) and absolute end byte,
        /// and the same of the mention before it: the target of a relative location anchored by the last.
        var lastPlace: Int32 = -1
        var lastEnd = 0
        var previousPlace: Int32 = -1
        var previousEnd = 0
    }
    let state = UnsafeMutablePointer<State>.allocate(capacity: 1)

    // Current buffer.
    var p: UnsafePointer<UInt8> { @inline(__always) get { state.pointee.p } }
    var lo: Int { @inline(__always) get { state.pointee.lo } }
    var hi: Int { @inline(__always) get { state.pointee.hi } }
    var base: Int { @inline(__always) get { state.pointee.base } }
    var acceptCount: Int { @inline(__always) get { state.pointee.acceptCount } }

    // Accepting positions of the current trie walk (end index, node).
    let acceptEnds = UnsafeMutablePointer<Int>.allocate(capacity: DocumentScanner.maxAccepts)
    let acceptNodes = UnsafeMutablePointer<Int32>.allocate(capacity: DocumentScanner.maxAccepts)
    static let maxAccepts = 64

    // State shared by the rules.
    let dates = DateState()
    let paragraph = ParagraphState()

    init(compiled: CompiledGazetteer, geodesic: (any DirectGeodesic)?, sink: any ExtractionSink, wordBlocks: Bool = true) {
        self.wordBlocks = wordBlocks
        self.compiled = compiled
        self.geodesic = geodesic
        hasGeodesic = geodesic != nil
        self.sink = sink
        rawSink = sink as? any RawMentionSink
        state.initialize(to: State())
        t = compiled.flat
        var trig: [(UInt64, Trigger)] = []
        for (w, _) in Lexicon.months { trig.append((TokenHash.of(w), .month)) }
        for w in ["to", "today"] { trig.append((TokenHash.of(w), .today)) }
        for w in ["hill", "height", "heights"] { trig.append((TokenHash.of(w), .generic)) }
        for w in ["lake", "mount", "mt", "cape", "sea", "gulf", "bay", "straits", "strait"] { trig.append((TokenHash.of(w), .generic)) }
        triggers = HashTable(trig)
        paragraph.configure(compiled)
    }

    deinit {
        state.deallocate()
        acceptEnds.deallocate()
        acceptNodes.deallocate()
    }

    /// What a capitalised word may begin.
    enum Trigger: UInt8, Sendable { case month, today, generic }

    /// Scans a buffer: hits may start in `from..<to`; bytes up to `buffer.count` are context.
    /// `base` is the absolute offset of the buffer and `baseCP` the code-point index of its first byte;
    /// `ascii` says the buffer holds no byte above 0x7F.
    func scan(_ buffer: UnsafeBufferPointer<UInt8>, base: Int, baseCP: Int, from: Int, to: Int, isLast: Bool, ascii: Bool = false) {
        guard let start = buffer.baseAddress, buffer.count > 0 else { return }
        state.pointee.p = start
        state.pointee.lo = 0
        state.pointee.hi = buffer.count
        state.pointee.base = base
        state.pointee.cursorIndex = 0
        state.pointee.cursorCP = baseCP
        state.pointee.atEnd = isLast
        state.pointee.ascii = ascii
        state.pointee.maskAt = Int.min / 2
        var i = max(from, state.pointee.resumeAbsolute - base)
        // A word that began in the previous buffer was handled there: skip its remainder.
        if i > 0 && i == from && i < hi && ASCIIClass.wordish[Int(p[i - 1])] != 0 && ASCIIClass.wordish[Int(p[i])] != 0 {
            i = wordEnd(i)
        }
        let c = t.wordish
        let q = p
        var blocks = wordBlocks
        while i < to {
            let b = q[i]
            let w = c[Int(b)]
            // Non-ASCII scalars (a CJK run is walked from each of its characters), capitals, digits.
            if w == 2 { i = nonASCII(at: i); continue }
            if w == 1 && b < 0x61 { i = asciiWord(at: i); continue }
            // Spaces, punctuation, lower-case words: on to the next word with work, a block at a time.
            if blocks {
                let j = nextWordWork(i, to: to)
                if j >= to { i = j; break }
                if j >= 0 {
                    i = c[Int(q[j])] == 1 ? asciiWord(at: j) : nonASCII(at: j)
                } else {
                    // The buffer's last bytes, too few for a block: byte by byte from where it stopped.
                    i = -(j + 1)
                    blocks = false
                }
                continue
            }
            if w == 0 { i += 1; continue }
            let e = skipLowercaseWord(i, b, to: to)
            i = e >= 0 ? e : asciiWord(at: i)
        }
        state.pointee.resumeAbsolute = max(state.pointee.resumeAbsolute, base + i)
        advanceParagraph(to: min(to, hi))
    }

    /// Ends the document: flushes pending dates and the last paragraph, then reports incidents.
    func finish() {
        dates.flushPending(into: sink, year: dates.documentYear ?? dates.fallbackYear)
        flushParagraph()
        sink.incidents(paragraph.links())
    }

    // MARK: Code points

    /// The code-point index of a buffer index (counting from the cursor, forwards or backwards).
    func cp(_ index: Int) -> Int {
        // cursorCP stays the code point of cursorIndex (0) for the whole buffer.
        if state.pointee.ascii { return state.pointee.cursorCP + index }
        let ci = state.pointee.cursorIndex
        if index >= ci {
            state.pointee.cursorCP += countScalars(ci, index)
        } else {
            state.pointee.cursorCP -= countScalars(index, ci)
        }
        state.pointee.cursorIndex = index
        return state.pointee.cursorCP
    }

    /// Scalars starting in `a..<b`: bytes that are not UTF-8 continuation bytes, eight at a time.
    @inline(__always)
    func countScalars(_ a: Int, _ b: Int) -> Int {
        let p = self.p
        var k = a
        var n = 0
        let raw = UnsafeRawPointer(p)
        while k + 8 <= b {
            let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            // A continuation byte is 10xxxxxx: bit 7 set and bit 6 clear.
            let cont = w & ~(w << 1) & 0x8080_8080_8080_8080
            n += 8 - cont.nonzeroBitCount
            k += 8
        }
        while k < b { n &+= (p[k] & 0xC0) != 0x80 ? 1 : 0; k += 1 }
        return n
    }

    // MARK: Words

    /// The end of the word (letters, digits, Latin and Cyrillic scalars) starting at `i`.
    func wordEnd(_ i: Int) -> Int {
        // Locals: the position state and tables are read once per call, not per byte.
        let p = self.p, hi = self.hi, lo = self.lo, t = self.t
        _ = (lo, t)
        var j = i
        while j < hi {
            let b = p[j]
            if b < 0x80 {
                if t.wordish[Int(b)] == 1 { j += 1; continue }
                break
            }
            let (v, len) = decodeScalar(p, j, hi)
            if folding.classOf(v) == .word { j += len; continue }
            break
        }
        return j
    }

    /// Handles an ASCII word start; returns where scanning resumes.
    func asciiWord(at s: Int) -> Int {
        // Locals: the position state and tables are read once per call, not per byte.
        let p = self.p, hi = self.hi, lo = self.lo, t = self.t
        _ = (lo, t)
        let b = p[s]
        if b >= 0x30 && b <= 0x39 { return digits(at: s) }
        let upper = b >= 0x41 && b <= 0x5A
        let f = t.lower[Int(b)]
        if upper {
            // Four folded letters no key starts with: no walk. Shorter words, separators and
            // non-ASCII bytes ("U.S.A.", "Zürichsee") walk anyway.
            var walkIt = true
            if s + 4 <= hi {
                let b1 = p[s + 1], b2 = p[s + 2], b3 = p[s + 3]
                if t.wordish[Int(b1)] == 1 && t.wordish[Int(b2)] == 1 && t.wordish[Int(b3)] == 1 && t.shortKeyStart[Int(f)] == 0 {
                    walkIt = t.quadAllowed(f, t.lower[Int(b1)], t.lower[Int(b2)], t.lower[Int(b3)])
                } else if t.wordish[Int(b1)] == 1 {
                    walkIt = t.bigramAllowed(f, t.lower[Int(b1)])
                }
            }
            return capitalisedASCII(at: s, walkIt: walkIt)
        } else if t.lowercaseStart[Int(f)] != 0 && s + 4 <= hi {
            // Lower-case starts are only for long one-word names (or names the data writes in lower
            // case, whose first word is a generic of four letters or more): four folded letters decide.
            let b1 = p[s + 1], b2 = p[s + 2], b3 = p[s + 3]
            let plain = t.wordish[Int(b1)] == 1 && t.wordish[Int(b2)] == 1 && t.wordish[Int(b3)] == 1
            if plain && t.lowerQuadAllowed(f, t.lower[Int(b1)], t.lower[Int(b2)], t.lower[Int(b3)]) {
                if walk(from: s, cjk: false), let resume = processHit(start: s, cjk: false) { return resume }
            }
        }
        // Lower-case words need no hash: skip to the end, eight bytes at a time while all are letters.
        let w = t.wordish
        var j = s + 1
        let raw = UnsafeRawPointer(p)
        while j + 8 <= hi {
            let x = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
            // Every byte a lower-case ASCII letter: 0x61...0x7A (x|0x80 keeps lanes independent).
            let ge = ((x | 0x8080_8080_8080_8080) &- 0x6161_6161_6161_6161) & 0x8080_8080_8080_8080
            let le = ((0x7A7A_7A7A_7A7A_7A7A | 0x8080_8080_8080_8080) &- x) & 0x8080_8080_8080_8080
            if ge & le != 0x8080_8080_8080_8080 || x & 0x8080_8080_8080_8080 != 0 { break }
            j += 8
        }
        while j < hi && w[Int(p[j])] == 1 { j += 1 }
        if j < hi && p[j] >= 0x80 { return wordEnd(s) }
        if b == 0x74 && ((j - s == 2 && j < hi && p[j] == 0x2D) || j - s == 5) && mayBeToday(s, j - s) { checkToday(s, j) }
        return j
    }

    /// Handles a capitalised ASCII word start (`walkIt`: the prefilters let a name start here).
    func capitalisedASCII(at s: Int, walkIt: Bool) -> Int {
        let p = self.p, hi = self.hi, t = self.t
        let w = t.wordish, l = t.lower
        // One pass to the word's end, hashing it as the lexicon and fuzzy cache do.
        var h = TokenHash.mix(TokenHash.seed, l[Int(p[s])])
        var j = s + 1
        while j < hi {
            let c = p[j]
            if w[Int(c)] != 1 { break }
            h = TokenHash.mix(h, l[Int(c)])
            j += 1
        }
        // Accented letters may continue the word: those walk byte by byte.
        let ascii = !(j < hi && p[j] >= 0x80)
        if walkIt {
            if ascii {
                // The node after the whole word in one probe; no node: no key starts with this word.
                if let node = t.prefixNodes[h], walk(from: s, node: node, at: j, cjk: false),
                   let resume = processHit(start: s, cjk: false) { return resume }
            } else if walk(from: s, cjk: false), let resume = processHit(start: s, cjk: false) {
                return resume
            }
        }
        if !ascii { return capitalisedWord(s, wordEnd(s), hash: nil) }
        return capitalisedWord(s, j, hash: h)
    }

    /// Handles a non-ASCII scalar: a Cyrillic or accented word start, or a position in a CJK run.
    func nonASCII(at s: Int) -> Int {
        let (v, len) = decodeScalar(p, s, hi)
        let (cls, _) = folding.fold(v)
        switch cls {
        case .han, .kana:
            // A katakana name does not start inside a longer katakana word (hiragana particles are fine).
            if cls == .kana && isKatakana(v) && s > lo {
                let q = previousScalarStart(p, s, lo)
                if isKatakana(decodeScalar(p, q, hi).0) { return s + len }
            }
            if keyStarts.mayStart(v, folding: folding, tables: t), walk(from: s, cjk: true),
               let resume = processHit(start: s, cjk: true) { return resume }
            if let resume = cjkDate(at: s) { return resume }
            return s + len
        case .word:
            if (0xFF10...0xFF19).contains(v), let resume = cjkDate(at: s) { return resume }
            if keyStarts.mayStart(v, folding: folding, tables: t), walk(from: s, cjk: false),
               let resume = processHit(start: s, cjk: false) { return resume }
            let e = wordEnd(s)
            return cyrillicWord(s, e)
        default:
            return s + len
        }
    }

    // MARK: The automaton walk

    /// Walks the name automaton from `s`, skipping separators, and records every accepting end
    /// that sits on a word boundary. Returns true when there is at least one.
    func walk(from s: Int, cjk: Bool) -> Bool { walk(from: s, node: 0, at: s, cjk: cjk) }

    /// `walk(from:cjk:)` resumed at `i0` in `start`, the node the letters `s..<i0` lead to (a whole
    /// ASCII word, from `FlatTables.prefixNodes`); `start` 0 walks from `s` itself.
    func walk(from s: Int, node start: Int32, at i0: Int, cjk: Bool) -> Bool {
        // Locals: the position state and tables are read once per call, not per byte.
        let p = self.p, hi = self.hi, lo = self.lo, t = self.t
        _ = (lo, t)
        var count = 0
        var node = start
        var i = i0
        // The letters before `i0` were one ASCII word: a name can end only where it ends.
        if start != 0 && t.entryCount[Int(node)] > 0 && endsName(at: i, lastClass: .word) {
            acceptEnds[0] = i
            acceptNodes[0] = node
            count = 1
        }
        var separatorBytes = 0
        var newlines = 0
        let w = t.wordish, l = t.lower, sep = t.separator
        outer: while i < hi {
            let b = p[i]
            var lastClass = ScalarClass.word
            if b < 0x80 {
                if w[Int(b)] == 1 {
                    node = t.child(node, l[Int(b)])
                    if node < 0 { break }
                    i += 1
                } else if sep[Int(b)] != 0 || b == 0x0A {
                    if node == 0 { break }
                    if b == 0x0A { newlines += 1; if newlines > 1 { break } }
                    separatorBytes += 1
                    if separatorBytes > 8 { break }
                    i += 1
                    continue
                } else {
                    break
                }
            } else {
                let (v, len) = decodeScalar(p, i, hi)
                let (cls, bytes) = folding.fold(v)
                switch cls {
                case .word, .han, .kana:
                    for fb in bytes {
                        node = t.child(node, fb)
                        if node < 0 { break outer }
                    }
                    lastClass = cls
                    i += len
                case .separator:
                    if node == 0 { break outer }
                    separatorBytes += len
                    if separatorBytes > 8 { break outer }
                    i += len
                    continue
                case .ignorable:
                    i += len
                    continue
                case .boundary:
                    break outer
                }
            }
            separatorBytes = 0
            newlines = 0
            if t.entryCount[Int(node)] > 0 && endsName(at: i, lastClass: lastClass) && count < DocumentScanner.maxAccepts {
                acceptEnds[count] = i
                acceptNodes[count] = node
                count += 1
            }
        }
        state.pointee.acceptCount = count
        state.pointee.walkStop = i
        return count > 0
    }

    /// Katakana (and the long-vowel mark), whose words run together without spaces.
    @inline(__always)
    func isKatakana(_ v: UInt32) -> Bool { (0x30A0...0x30FF).contains(v) || (0x31F0...0x31FF).contains(v) || (0xFF66...0xFF9F).contains(v) }

    /// True when a name may end at `i`: the next scalar does not continue the word.
    @inline(__always)
    func endsName(at i: Int, lastClass: ScalarClass) -> Bool {
        // Locals: the position state and tables are read once per call, not per byte.
        let p = self.p, hi = self.hi, lo = self.lo, t = self.t
        _ = (lo, t)
        guard i < hi else { return true }
        let b = p[i]
        if lastClass == .han { return true }
        if b < 0x80 { return lastClass == .kana || t.wordish[Int(b)] != 1 }
        let v = decodeScalar(p, i, hi).0
        if lastClass == .kana { return !isKatakana(v) }
        let cls = folding.classOf(v)
        return cls != .word
    }
}
