/// The lexicon compiled into hashed word sets for allocation-free lookups on text tokens.
enum Words {
    static let genericBefore = WordSet(Lexicon.genericBefore)
    static let genericOfBefore = WordSet(Lexicon.genericOfBefore)
    static let genericAfter = WordSet(Lexicon.genericAfter)
    static let treatyWords = WordSet(Lexicon.treatyWords.filter { $0 != "map" && $0 != "maps" && $0 != "карта" && $0 != "карты" && $0 != "карте" && $0 != "карту" })
    static let mapWords = WordSet(["map", "maps", "карта", "карты", "карте", "карту"])
    static let treatyQualifiers = WordSet(Lexicon.treatyQualifiers)
    static let formationWords = WordSet(Lexicon.formationWords)
    static let formationQualifiers = WordSet(Lexicon.formationQualifiers)
    static let titles = WordSet(Lexicon.titles)
    static let stopwords = WordSet(Lexicon.capitalisedStopwords)
    static let irregularDemonyms = WordSet(Lexicon.irregularDemonyms)
    static let waterCues = WordSet(Lexicon.waterCues)
    static let settlementCues = WordSet(Lexicon.settlementCues)
    static let settlementPrepositions = WordSet(Lexicon.settlementPrepositions)
    static let months = WordSet(Lexicon.months)
    static let dateQualifiers = WordSet(Lexicon.dateQualifiers.map { ($0, $0) })
    static let units = WordSet(Lexicon.units)
    static let numberWords = WordSet(Lexicon.numberWords)
    static let russianCompass = WordSet(Lexicon.russianCompass)
    /// Generic words followed by a number that makes a toponym ("Hill 101", "высота 101").
    static let numberedGeneric = WordSet(["hill", "height", "heights", "высота", "высоты", "высоте", "высоту", "высотой", "сопка", "сопки", "сопке", "сопку"])
    /// Capitalised generic words followed by a name ("Lake X", "Mount X", "Cape X").
    static let namedGenericBefore = WordSet<Lexicon.TypeClass>([("lake", .lake), ("mount", .hill), ("mt", .hill), ("cape", .point)])
    /// Russian generic nouns that introduce a name ("озеро X", "река X", "сопка X").
    static let russianGenericNouns = WordSet(Lexicon.genericBefore.filter { $0.0.unicodeScalars.count >= 4 && $0.0.unicodeScalars.first!.value >= 0x400 })
    /// The first letters, in both cases, of `russianGenericNouns` and «сегодня» (a quick test before
    /// reading a Russian word's token).
    static let russianRuleStarts: Set<UInt32> = {
        var starts: Set<UInt32> = []
        let words = Lexicon.genericBefore.map(\.0).filter { $0.unicodeScalars.count >= 4 && $0.unicodeScalars.first!.value >= 0x400 } + ["сегодня"]
        for w in words {
            for c in [w.lowercased(), w.uppercased()] { if let f = c.unicodeScalars.first { starts.insert(f.value) } }
        }
        // «ё» and «Ё» hash as «е».
        if starts.contains(0x435) { starts.formUnion([0x451, 0x401]) }
        return starts
    }()
    /// Capitalised generic words after an unknown name that make it a clear toponym ("X River").
    static let clearGenericAfter = WordSet<Lexicon.TypeClass>([("river", .river), ("lake", .lake), ("bay", .bay), ("gulf", .bay), ("hill", .hill), ("hills", .hill), ("heights", .hill), ("mountains", .hill), ("sea", .sea)])
    /// Every written form of the 16 compass points ("south-west", "southwest", "SW", "north-north-east"…) → azimuth.
    static let compass: WordSet<Double> = {
        // Every combination of one to three cardinal words or letters that `compassAzimuth` accepts.
        let names = ["north", "east", "south", "west"], letters = ["N", "E", "S", "W"]
        var combos: [[Int]] = (0..<4).map { [$0] }
        combos += combos.flatMap { c in (0..<4).map { c + [$0] } }
        combos += combos.filter { $0.count == 2 }.flatMap { c in (0..<4).map { [$0] + c } }
        var pairs: [(String, Double)] = []
        for c in combos {
            let forms = [c.map { names[$0] }.joined(separator: "-"), c.map { names[$0] }.joined(),
                         names[c[0]] + (c.count == 3 ? "-" + names[c[1]] + names[c[2]] : ""), c.map { letters[$0] }.joined()]
            for f in forms { if let az = DocumentScanner.compassAzimuth(f) { pairs.append((f, az)) } }
        }
        return WordSet(pairs)
    }()
    static let the = TokenHash.of("the")
    static let of = TokenHash.of("of")
    static let from = TokenHash.of("from")
    static let due = TokenHash.of("due")
    static let directly = TokenHash.of("directly")
    static let that = TokenHash.of("that")
    static let those = TokenHash.of("those")
    static let and = TokenHash.of("and")
    static let or = TokenHash.of("or")
    static let to = TokenHash.of("to")
    static let military = TokenHash.of("military")
    static let district = TokenHash.of("district")
    static let today: Set<UInt64> = [TokenHash.of("to-day"), TokenHash.of("today"), TokenHash.of("сегодня")]
    static let ot = TokenHash.of("от")
    static let k = TokenHash.of("к")
    static let v = TokenHash.of("в")
}
