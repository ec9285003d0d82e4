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
    let sink: any ExtractionSink
    var folding = ScalarFolding()
    var fuzzyCache = FuzzyCache()

    // Current buffer.
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

    // Accepting positions of the current trie walk (end index, node).
    var acceptEnds: [Int] = []
    var acceptNodes: [Int32] = []

    // State shared by the rules.
    /// The last reported mention: its id, absolute end byte and code-point end, for relative-location targets.
    var lastMention: (id: String?, endAbsolute: Int, endCP: Int)? = nil
    /// The mention before `lastMention`: the target of a relative location anchored by the last one.
    var previousMention: (id: String?, endAbsolute: Int, endCP: Int)? = nil
    var dates = DateState()
    var paragraph = ParagraphState()

    init(compiled: CompiledGazetteer, geodesic: (any DirectGeodesic)?, sink: any ExtractionSink) {
        self.compiled = compiled
        self.geodesic = geodesic
        self.sink = sink
        acceptEnds.reserveCapacity(16)
        acceptNodes.reserveCapacity(16)
        paragraph.incidents = compiled.incidents
        paragraph.proxies = compiled.proxies
    }

    /// Scans a buffer: hits may start in `from..<to`; bytes up to `buffer.count` are context.
    /// `base` is the absolute offset of the buffer and `baseCP` the code-point index of its first byte.
    func scan(_ buffer: UnsafeBufferPointer<UInt8>, base: Int, baseCP: Int, from: Int, to: Int, isLast: Bool) {
        guard let start = buffer.baseAddress, buffer.count > 0 else { return }
        p = start
        lo = 0
        hi = buffer.count
        self.base = base
        cursorIndex = 0
        cursorCP = baseCP
        atEnd = isLast
        var i = max(from, resumeAbsolute - base)
        // A word that began in the previous buffer was handled there: skip its remainder.
        if i > 0 && i == from && i < hi && ASCIIClass.wordish[Int(p[i - 1])] != 0 && ASCIIClass.wordish[Int(p[i])] != 0 {
            i = wordEnd(i)
        }
        let table = ASCIIClass.wordish
        table.withUnsafeBufferPointer { cls in
            let c = cls.baseAddress!
            while i < to {
                let w = c[Int(p[i])]
                if w == 0 { i += 1; continue }
                i = w == 1 ? asciiWord(at: i) : nonASCII(at: i)
            }
        }
        resumeAbsolute = max(resumeAbsolute, base + i)
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
        if index >= cursorIndex {
            var n = 0
            var k = cursorIndex
            while k < index { n &+= (p[k] & 0xC0) != 0x80 ? 1 : 0; k += 1 }
            cursorCP += n
        } else {
            var n = 0
            var k = index
            while k < cursorIndex { n &+= (p[k] & 0xC0) != 0x80 ? 1 : 0; k += 1 }
            cursorCP -= n
        }
        cursorIndex = index
        return cursorCP
    }

    // MARK: Words

    /// The end of the word (letters, digits, Latin and Cyrillic scalars) starting at `i`.
    func wordEnd(_ i: Int) -> Int {
        var j = i
        while j < hi {
            let b = p[j]
            if b < 0x80 {
                if ASCIIClass.wordish[Int(b)] == 1 { j += 1; continue }
                break
            }
            let (v, len) = decodeScalar(p, j, hi)
            if folding.fold(v).0 == .word { j += len; continue }
            break
        }
        return j
    }

    /// Handles an ASCII word start; returns where scanning resumes.
    func asciiWord(at s: Int) -> Int {
        let b = p[s]
        if b >= 0x30 && b <= 0x39 { return digits(at: s) }
        let upper = b >= 0x41 && b <= 0x5A
        if upper || compiled.automaton.lowercaseStart[Int(ASCIIClass.lower[Int(b)])] {
            if walk(from: s, cjk: false), let resume = processHit(start: s, cjk: false) { return resume }
        }
        let e = wordEnd(s)
        if upper { return capitalisedWord(s, e) }
        if e - s == 5 || e - s == 6 { checkToday(s, e) }
        return e
    }

    /// Handles a non-ASCII scalar: a Cyrillic or accented word start, or a position in a CJK run.
    func nonASCII(at s: Int) -> Int {
        let (v, len) = decodeScalar(p, s, hi)
        let (cls, _) = folding.fold(v)
        switch cls {
        case .han, .kana:
            if cls == .kana && s > lo {
                let q = previousScalarStart(p, s, lo)
                if folding.fold(decodeScalar(p, q, hi).0).0 == .kana { return s + len }
            }
            if walk(from: s, cjk: true), let resume = processHit(start: s, cjk: true) { return resume }
            if let resume = cjkDate(at: s) { return resume }
            return s + len
        case .word:
            if (0xFF10...0xFF19).contains(v), let resume = cjkDate(at: s) { return resume }
            if walk(from: s, cjk: false), let resume = processHit(start: s, cjk: false) { return resume }
            let e = wordEnd(s)
            return cyrillicWord(s, e)
        default:
            return s + len
        }
    }

    // MARK: The automaton walk

    /// Walks the name automaton from `s`, skipping separators, and records every accepting end
    /// that sits on a word boundary. Returns true when there is at least one.
    func walk(from s: Int, cjk: Bool) -> Bool {
        acceptEnds.removeAll(keepingCapacity: true)
        acceptNodes.removeAll(keepingCapacity: true)
        let a = compiled.automaton
        var node: Int32 = 0
        var i = s
        var separatorBytes = 0
        var newlines = 0
        outer: while i < hi {
            let b = p[i]
            var lastClass = ScalarClass.word
            if b < 0x80 {
                if ASCIIClass.wordish[Int(b)] == 1 {
                    node = a.child(node, ASCIIClass.lower[Int(b)])
                    if node < 0 { break }
                    i += 1
                } else if ASCIIClass.separator[Int(b)] || b == 0x0A {
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
                        node = a.child(node, fb)
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
            if a.accepts(node) && endsName(at: i, lastClass: lastClass) {
                acceptEnds.append(i)
                acceptNodes.append(node)
            }
        }
        return !acceptEnds.isEmpty
    }

    /// True when a name may end at `i`: the next scalar does not continue the word.
    @inline(__always)
    func endsName(at i: Int, lastClass: ScalarClass) -> Bool {
        guard i < hi else { return true }
        let b = p[i]
        if lastClass == .han { return true }
        if b < 0x80 { return lastClass == .kana || ASCIIClass.wordish[Int(b)] != 1 }
        let cls = folding.fold(decodeScalar(p, i, hi).0).0
        if lastClass == .kana { return cls != .kana }
        return cls != .word
    }
}
