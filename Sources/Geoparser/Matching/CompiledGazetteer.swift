import Gazetteer

/// One gazetteer place as the scanner needs it, with its JSON fragments prepared once.
struct CompiledPlace: Sendable {
    var id: String
    var type: String
    var coordinate: Coordinate?
    /// The point used as an anchor for relative locations: the place's own or its proxy's.
    var anchorPoint: Coordinate?
    var uncertaintyMeters: Double?
    /// True for natural features that a bare ambiguous name prefers ("Ilmen" alone is the lake).
    var isNaturalFeature: Bool
    /// True for water features, which "crossed the …", "the …" favour.
    var isWater: Bool
    /// The mention's `"kind": …, "coordinate": …` JSON, prepared once.
    var jsonKindAndCoordinate: [UInt8]
    /// Index in the gazetteer order, for stable tie-breaks.
    var order: Int
}

/// The gazetteer compiled for scanning: places, the name automaton and the fuzzy candidates.
struct CompiledGazetteer: Sendable {
    var places: [CompiledPlace]
    var placeIndex: [String: Int]
    var automaton: NameAutomaton
    /// The automaton and byte tables as raw pointers for the hot loop.
    var flat: FlatTables
    var fuzzy: FuzzyNames
    var treaties: TreatyTable
    /// Per place: the treaty its names name inside a treaty phrase (`TreatyTable.index(forPlace:)`), or -1.
    var treatyOfPlace: [Int32]
    /// Treaty names by `NameNormalizer.key` → the first treaty with that name (`index(forName:)`).
    var treatyOfNameKey: [String: Int]
    var incidents: [Incident]
    /// Place id → the id of the place whose position stands in for it.
    var proxies: [String: String]
    /// Per-place facts the rules read on every hit, in raw memory (no struct copies, no refcounting).
    var facts: PlaceFacts

    init(gazetteer: Gazetteer, treaties: TreatyTable) {
        var places: [CompiledPlace] = []
        var index: [String: Int] = [:]
        let all = gazetteer.disputes.flatMap(\.places)
        for p in all where index[p.id] == nil {
            let proxyPoint = p.proxy.flatMap { gazetteer.place($0)?.coordinate }
            index[p.id] = places.count
            places.append(CompiledPlace(
                id: p.id, type: p.type.rawValue, coordinate: p.coordinate, anchorPoint: p.coordinate ?? proxyPoint,
                uncertaintyMeters: p.uncertaintyMeters ?? (p.coordinate == nil && proxyPoint != nil ? 3000 : nil),
                isNaturalFeature: ["lake", "river", "hill", "sea", "bay", "water"].contains(p.type.rawValue),
                isWater: ["river", "lake", "sea", "bay", "water"].contains(p.type.rawValue),
                jsonKindAndCoordinate: CompiledGazetteer.kindAndCoordinate(p.type.rawValue, p.coordinate),
                order: places.count))
        }
        var keys: [(key: [UInt8], entry: NameEntry)] = []
        var fuzzyNames: [(key: [UInt8], entry: NameEntry)] = []
        for p in all {
            guard let pi = index[p.id], places[pi].id == p.id else { continue }
            var names = p.names.map(\.toponym)
            if !names.contains(p.title) { names.append(p.title) }
            for name in names {
                for (key, entry) in CompiledGazetteer.keys(for: name, place: Int32(pi), treaty: -1) {
                    keys.append((key, entry))
                    if entry.origin == .exact, key.count >= 5, key.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
                        fuzzyNames.append((key, entry))
                    }
                }
            }
        }
        // Treaty-only names: toponyms the treaty table knows but the gazetteer does not.
        for (ti, t) in treaties.treaties.enumerated() {
            for name in t.names {
                let key = Array(NameNormalizer.key(name).utf8)
                guard !key.isEmpty else { continue }
                keys.append((key, NameEntry(place: -1, treaty: Int32(ti), origin: .treatyName, aliasClass: nil,
                                            letters: UInt8(min(255, key.count)), lowercaseOK: false)))
            }
        }
        self.places = places
        placeIndex = index
        automaton = NameAutomaton(keys: keys)
        flat = FlatTables(automaton, keys: keys.map(\.key), lowercaseKeys: keys.filter { $0.entry.lowercaseOK }.map(\.key))
        fuzzy = FuzzyNames(names: fuzzyNames)
        self.treaties = treaties
        // Looked up on every treaty hit: a scan of the table with string compares (and, by name,
        // Foundation normalisation of every treaty name) was most of a treaty reference's cost.
        treatyOfPlace = places.map { p in treaties.index(forPlace: p.id).map(Int32.init) ?? -1 }
        var byKey: [String: Int] = [:]
        for (ti, t) in treaties.treaties.enumerated() {
            for name in t.names {
                let key = NameNormalizer.key(name)
                if byKey[key] == nil { byKey[key] = ti }
            }
        }
        treatyOfNameKey = byKey
        incidents = gazetteer.disputes.flatMap(\.incidents)
        var proxies: [String: String] = [:]
        for p in all { if let proxy = p.proxy { proxies[p.id] = proxy } }
        self.proxies = proxies
        facts = PlaceFacts(places)
    }

    /// `"kind": "hill", "coordinate": [130.59, 42.447]` as JSON bytes.
    static func kindAndCoordinate(_ kind: String, _ c: Coordinate?) -> [UInt8] {
        var o: [UInt8] = Array("\"kind\": ".utf8)
        JSONText.string(kind, into: &o)
        o.append(contentsOf: ", \"coordinate\": ".utf8)
        JSONText.coordinate(c, into: &o)
        return o
    }

    /// The keys a name contributes: itself, Russian case forms, and its bare form without a generic word.
    static func keys(for name: String, place: Int32, treaty: Int32) -> [([UInt8], NameEntry)] {
        var out: [([UInt8], NameEntry)] = []
        let scalars = Array(name.unicodeScalars)
        let isCJK = scalars.contains { (0x2E80...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value) || (0xAC00...0xD7A3).contains($0.value) }
        // NameNormalizer.key (Foundation normalisation) is most of the start-up: each text is keyed once.
        func add(_ text: String, _ origin: NameOrigin, _ cls: Lexicon.TypeClass? = nil, key precomputed: String? = nil) {
            let keyText = precomputed ?? NameNormalizer.key(text)
            let key = Array(keyText.utf8)
            let keyScalars = keyText.unicodeScalars.count
            guard !key.isEmpty else { return }
            // Single CJK characters (日, 苏) and single letters never match on their own.
            if keyScalars < 2 { return }
            let parts = NameWords.split(text)
            let words = parts.count
            let letters = UInt8(min(255, keyScalars))
            // A name written in lower case in the data ("marker T", "высота 101") matches in lower case.
            let startsLower = text.unicodeScalars.first.map { $0.properties.isLowercase } ?? false
            let lowerOK = !isCJK && ((words == 1 && keyScalars >= 6 && origin != .alias) || startsLower)
            var entry = NameEntry(place: place, treaty: treaty, origin: origin, aliasClass: cls, letters: letters, lowercaseOK: lowerOK)
            if !isCJK, parts.count > 1, parts.count <= 8 {
                entry.wordCount = UInt8(parts.count)
                for (i, w) in parts.enumerated() where w.unicodeScalars.first?.properties.isUppercase == true {
                    entry.capitalMask |= 1 << UInt8(i)
                }
            }
            out.append((key, entry))
        }
        let nameKey = NameNormalizer.key(name)
        add(name, .exact, key: nameKey)
        if scalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
            for form in RussianInflection.forms(of: name) {
                let formKey = NameNormalizer.key(form)
                if formKey != nameKey { add(form, .inflected, key: formKey) }
            }
        }
        // The bare name without its generic word, so "Ilmen" can reach the lake called "Lake Ilmen".
        let words = NameWords.split(name).map(String.init)
        if words.count >= 2 {
            let first = words[0].lowercased().trimming(["."])
            let last = words[words.count - 1].lowercased()
            if let cls = GenericWordLookup.before(first) {
                let rest = words.dropFirst().joined(separator: " ")
                if rest.unicodeScalars.first.map({ $0.properties.isAlphabetic }) == true, rest.count >= 3 {
                    add(rest, .alias, cls)
                    if rest.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
                        for form in RussianInflection.forms(of: rest) where form != rest.lowercased() { add(form, .alias, cls) }
                    }
                }
            } else if let cls = GenericWordLookup.after(last) {
                let rest = words.dropLast().joined(separator: " ")
                if rest.unicodeScalars.first.map({ $0.properties.isAlphabetic }) == true, rest.count >= 3 { add(rest, .alias, cls) }
            }
        } else if isCJK, scalars.count >= 3, let suffix = Lexicon.cjkGenericSuffix.first(where: { name.hasSuffix($0.0) }),
                  ["湖", "池", "河", "江"].contains(suffix.0) {
            add(String(name.dropLast(suffix.0.count)), .alias, suffix.1)
        }
        return out
    }
}

extension String {
    /// Trims characters (a small helper so Foundation's CharacterSet is not needed here).
    func trimming(_ set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

/// What the id choice needs of each place, as flat arrays: a bit per type class, flags, order.
final class PlaceFacts: @unchecked Sendable {
    /// Bit `TypeClass.rawValue` set when the class admits the place's type.
    let classBits: UnsafeMutablePointer<UInt16>
    /// Bit 0 natural feature, bit 1 water, bit 2 settlement, bit 3 has an anchor point, bit 4 river.
    let flags: UnsafeMutablePointer<UInt8>
    let count: Int

    init(_ places: [CompiledPlace]) {
        count = places.count
        classBits = .allocate(capacity: max(1, places.count))
        flags = .allocate(capacity: max(1, places.count))
        let classes: [Lexicon.TypeClass] = [.lake, .river, .hill, .sea, .bay, .settlement, .admin, .point, .region]
        for (i, p) in places.enumerated() {
            var bits: UInt16 = 0
            for c in classes where c.admits(p.type) { bits |= 1 << UInt16(c.rawValue) }
            classBits[i] = bits
            var f: UInt8 = 0
            if p.isNaturalFeature { f |= 1 }
            if p.isWater { f |= 2 }
            if p.type == "settlement" { f |= 4 }
            if p.anchorPoint != nil { f |= 8 }
            if p.type == "river" { f |= 16 }
            flags[i] = f
        }
    }

    deinit {
        classBits.deallocate()
        flags.deallocate()
    }

    @inline(__always) func admits(_ c: Lexicon.TypeClass, _ i: Int) -> Bool { classBits[i] & (1 << UInt16(c.rawValue)) != 0 }
    @inline(__always) func isNatural(_ i: Int) -> Bool { flags[i] & 1 != 0 }
    @inline(__always) func isWater(_ i: Int) -> Bool { flags[i] & 2 != 0 }
    @inline(__always) func isSettlement(_ i: Int) -> Bool { flags[i] & 4 != 0 }
    @inline(__always) func hasAnchor(_ i: Int) -> Bool { flags[i] & 8 != 0 }
}
