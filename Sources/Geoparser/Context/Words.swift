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
    static let russianGenericNouns = WordSet(russianGenericNounList)
    private static let russianGenericNounList = Lexicon.genericBefore.filter { $0.0.unicodeScalars.count >= 4 && $0.0.unicodeScalars.first!.value >= 0x400 }
    /// The first letters, in both cases, of `russianGenericNouns` and «сегодня» (a quick test before
    /// reading a Russian word's token).
    static let russianRuleStarts: Set<UInt32> = {
        var starts: Set<UInt32> = []
        for w in russianGenericNounList.map(\.0) + ["сегодня"] {
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
            // Every form of a combination reads as the same directions, so the azimuth is computed
            // once from them (parsing each of the ~200 strings took ~2 ms, at the first "of" before a
            // place); `WordsTests` checks the table against `compassAzimuth` form by form.
            guard let az = DocumentScanner.azimuth(c.map { [0.0, 90, 180, 270][$0] }) else { continue }
            let forms = [c.map { names[$0] }.joined(separator: "-"), c.map { names[$0] }.joined(),
                         names[c[0]] + (c.count == 3 ? "-" + names[c[1]] + names[c[2]] : ""), c.map { letters[$0] }.joined()]
            for f in forms { pairs.append((f, az)) }
        }
        return WordSet(pairs)
    }()
    // Single words the rules compare with, as `TokenHash` literals: a `static let` computed at run
    // time is a lazy global, checked at every use (thousands of times per MB). `WordsTests` checks
    // each against `TokenHash.of`.
    static let the: UInt64 = 0x56f5_c919_4461_d57c   // "the"
    static let of: UInt64 = 0x08b0_6007_b556_7108   // "of"
    static let from: UInt64 = 0x7f84_5078_d7a5_c0b5   // "from"
    static let due: UInt64 = 0xca64_3d18_f434_90d5   // "due"
    static let directly: UInt64 = 0xe6a0_c44b_47c8_0c8b   // "directly"
    static let that: UInt64 = 0x256c_adef_3232_570c   // "that"
    static let those: UInt64 = 0x4183_3872_8eb9_a12a   // "those"
    static let and: UInt64 = 0xe6f7_9719_051f_f286   // "and"
    static let or: UInt64 = 0x08b0_5407_b556_5ca4   // "or"
    static let to: UInt64 = 0x08c8_3907_b56a_c0a4   // "to"
    static let military: UInt64 = 0xda6b_0ae0_30a5_94f6   // "military"
    static let district: UInt64 = 0x8bf1_bdd3_7c9d_edcf   // "district"
    static let today = WordSet(["to-day", "today", "сегодня"])
    static let ot: UInt64 = 0xc36b_0b48_c3b9_cd3c   // "от"
    static let k: UInt64 = 0x0af6_0e07_b745_1b4f   // "к"
    static let v: UInt64 = 0x0af6_1607_b745_28e7   // "в"
}
