/// How a key entered the automaton; decides how much a match of it is trusted.
enum NameOrigin: UInt8, Sendable {
    /// An attested name or the title, as written in the gazetteer.
    case exact
    /// A Russian case form generated from an attested name ("Ильменя" from "Ильмень").
    case inflected
    /// An attested name with its generic word removed ("Ilmen" from "Lake Ilmen"); needs the generic or no rival.
    case alias
    /// A name only the treaty table knows ("Peking" in "Treaty of Peking").
    case treatyName
}

/// One thing a key can mean.
struct NameEntry: Sendable, Hashable {
    /// Index into `CompiledGazetteer.places`, or -1 for a treaty-only name.
    var place: Int32
    /// Index into the treaty table for treaty-only names, else -1.
    var treaty: Int32
    /// How the key was made.
    var origin: NameOrigin
    /// The generic class the alias was stripped of (`alias` only).
    var aliasClass: Lexicon.TypeClass?
    /// Letters (not separators) in the key, for case and fuzzy rules.
    var letters: UInt8
    /// True when the name is one word long enough to be recognised even in lower case.
    var lowercaseOK: Bool
    /// Space-separated words of the name as written (0 when not checked), and a bit per word
    /// capitalised in the data: "Beyond the Lake" must not match "beyond the lake".
    var wordCount: UInt8 = 0
    var capitalMask: UInt8 = 0
}

/// A trie over folded UTF-8 key bytes, compiled to flat arrays: a dense root table and sorted edge lists.
///
/// The text is walked byte by byte from a word start, skipping separators, so "Chang-\nkufeng",
/// "U S A" and "Ma'alot" all meet their keys without building any string.
struct NameAutomaton: Sendable {
    /// Root transitions by first key byte (-1 = none).
    let root: [Int32]
    /// Per node: first edge index and edge count.
    let edgeStart: [Int32]
    let edgeCount: [UInt8]
    /// Edge labels and targets, grouped by node, labels sorted.
    let edgeByte: [UInt8]
    let edgeTarget: [Int32]
    /// Per node: range into `entries` (count 0 = not accepting).
    let entryStart: [Int32]
    let entryCount: [UInt16]
    /// What accepting nodes mean.
    let entries: [NameEntry]
    /// True for first key bytes that some lower-case-capable key starts with.
    let lowercaseStart: [Bool]

    /// Builds the automaton from keys (folded UTF-8) and their meanings; duplicate pairs are merged.
    init(keys: [(key: [UInt8], entry: NameEntry)]) {
        // The trie is built with a 256-way root and, below it, a linked list of edges per node
        // (most nodes have one child): a dictionary per node made this a visible part of start-up.
        // Nodes are numbered in creation order and edges sorted by byte at the end, as before.
        var rootChild = [Int32](repeating: -1, count: 256)
        var firstEdge: [Int32] = [-1]
        var edgeLabel: [UInt8] = [], edgeTo: [Int32] = [], edgeNext: [Int32] = []
        var accepts: [[NameEntry]] = [[]]
        var lowerStart = [Bool](repeating: false, count: 256)
        for (key, entry) in keys where !key.isEmpty {
            var node: Int32 = 0
            for b in key {
                var next: Int32 = -1
                if node == 0 {
                    next = rootChild[Int(b)]
                } else {
                    var e = firstEdge[Int(node)]
                    while e >= 0 {
                        if edgeLabel[Int(e)] == b { next = edgeTo[Int(e)]; break }
                        e = edgeNext[Int(e)]
                    }
                }
                if next < 0 {
                    next = Int32(firstEdge.count)
                    firstEdge.append(-1)
                    accepts.append([])
                    if node == 0 {
                        rootChild[Int(b)] = next
                    } else {
                        edgeLabel.append(b)
                        edgeTo.append(next)
                        edgeNext.append(firstEdge[Int(node)])
                        firstEdge[Int(node)] = Int32(edgeLabel.count - 1)
                    }
                }
                node = next
            }
            if !accepts[Int(node)].contains(entry) { accepts[Int(node)].append(entry) }
            if entry.lowercaseOK { lowerStart[Int(key[0])] = true }
        }
        let root = rootChild
        var edgeStart: [Int32] = [], edgeCount: [UInt8] = [], edgeByte: [UInt8] = [], edgeTarget: [Int32] = []
        var entryStart: [Int32] = [], entryCount: [UInt16] = [], entries: [NameEntry] = []
        var sorted: [(key: UInt8, value: Int32)] = []
        for n in 0..<firstEdge.count {
            edgeStart.append(Int32(edgeByte.count))
            sorted.removeAll(keepingCapacity: true)
            if n == 0 {
                for b in 0..<256 where rootChild[b] >= 0 { sorted.append((UInt8(b), rootChild[b])) }
            } else {
                var e = firstEdge[n]
                while e >= 0 { sorted.append((edgeLabel[Int(e)], edgeTo[Int(e)])); e = edgeNext[Int(e)] }
                sorted.sort { $0.key < $1.key }
            }
            edgeCount.append(UInt8(sorted.count))
            for (b, t) in sorted {
                edgeByte.append(b)
                edgeTarget.append(t)
            }
            entryStart.append(Int32(entries.count))
            entryCount.append(UInt16(accepts[n].count))
            entries += accepts[n]
        }
        self.root = root
        self.edgeStart = edgeStart
        self.edgeCount = edgeCount
        self.edgeByte = edgeByte
        self.edgeTarget = edgeTarget
        self.entryStart = entryStart
        self.entryCount = entryCount
        self.entries = entries
        self.lowercaseStart = lowerStart
    }

    /// The child of `node` on byte `b`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ b: UInt8) -> Int32 {
        if node == 0 { return root[Int(b)] }
        let start = Int(edgeStart[Int(node)])
        let end = start + Int(edgeCount[Int(node)])
        var i = start
        while i < end {
            let e = edgeByte[i]
            if e == b { return edgeTarget[i] }
            if e > b { return -1 }
            i += 1
        }
        return -1
    }

    /// The entries of an accepting node (empty when not accepting).
    @inline(__always)
    func entries(of node: Int32) -> ArraySlice<NameEntry> {
        let s = Int(entryStart[Int(node)])
        return entries[s..<(s + Int(entryCount[Int(node)]))]
    }

    /// True when the node accepts a key.
    @inline(__always)
    func accepts(_ node: Int32) -> Bool { entryCount[Int(node)] > 0 }

    /// Walks a key (folded bytes) from the root; the node reached or -1.
    func node(forKey key: [UInt8]) -> Int32 {
        var n: Int32 = 0
        for b in key {
            n = child(n, b)
            if n < 0 { return -1 }
        }
        return n
    }
}
