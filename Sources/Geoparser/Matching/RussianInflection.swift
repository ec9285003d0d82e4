/// Case forms of Russian names, so that "у озера Ильмень", "Ильменя", "в Новгороде", "Пограничной" are found.
///
/// Forms are generated from the nominative (the gazetteer's spelling) by its ending's paradigm, then
/// compiled into the automaton like any other key. Generating rather than stripping endings keeps
/// Zarechny (-ый: -ого, -ому, -ым, -ом) and Zarechnaya (-ая: -ой, -ую) apart.
enum RussianInflection {
    /// Minimum letters left once the ending is removed; shorter stems are not inflected.
    static let minimumStem = 3

    /// Every case form of a one- or multi-word Cyrillic name (lower-cased), the nominative included.
    /// A word after a generic noun (озеро, река…) stays in the nominative, as Russian apposition does.
    static func forms(of name: String) -> [String] {
        let words = NameWords.split(name.lowercased()).map(String.init)
        // At least one Cyrillic word ("высота 101": the number does not decline).
        guard words.contains(where: { $0.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }) else { return [] }
        var out: Set<String> = [words.joined(separator: " ")]
        let perWord = words.map(paradigm)
        // Each word trimmed once, not once per generic word it is compared with.
        let genericIndex = words.firstIndex { w in GenericWordLookup.isBefore(w.trimming(["."])) }
        for c in 0..<6 {
            // Each word takes its own variants for case c; combinations are few (≤ 2 per word).
            var partial: [String] = [""]
            for (i, variants) in perWord.enumerated() {
                let frozen = genericIndex != nil && i > genericIndex!
                let options = frozen ? [words[i]] : variants[c]
                partial = partial.flatMap { p in options.map { p.isEmpty ? $0 : p + " " + $0 } }
            }
            out.formUnion(partial)
        }
        return out.sorted()
    }

    /// For one word: six lists (nom, gen, dat, acc, ins, prep) of forms.
    static func paradigm(_ word: String) -> [[String]] {
        // A plain word (see `isPlain`) is read by scalars: each scalar is one Character and
        // compares as Characters do, without grapheme breaking or canonical-equivalence
        // comparisons (most of the cost of inflecting the gazetteer's names at start-up).
        let scalars = word.unicodeScalars
        let plain = scalars.allSatisfy(isPlain)
        let declension: Declension?
        let letters: Int
        if plain {
            let s = Array(scalars)
            letters = s.count
            declension = Declension.of(endsWith: { s.ends(with: $0.unicodeScalars) }, letter: { k in s.count >= k ? Character(s[s.count - k]) : " " })
        } else {
            let s = Array(word)
            letters = s.count
            declension = Declension.of(endsWith: word.hasSuffix, letter: { k in s.count >= k ? s[s.count - k] : " " })
        }
        guard let declension, letters - declension.cut >= minimumStem else { return Array(repeating: [word], count: 6) }
        let stem = plain ? String(scalars.dropLast(declension.cut)) : String(Array(word).dropLast(declension.cut))
        return declension.cases.map { $0.map { stem + $0 } }
    }

    /// A scalar that is a Character of its own whatever surrounds it and equals no other scalar
    /// canonically: `NameWords.isPlain` but CR (CR LF is one Character).
    static func isPlain(_ s: Unicode.Scalar) -> Bool { NameWords.isPlain(s) && s != "\r" }
}

/// How a word declines: the letters its ending replaces and the endings of the six cases.
struct Declension {
    let cut: Int
    let cases: [[String]]

    /// The declension of a word seen through `endsWith` (a suffix test) and `letter` (the k-th
    /// letter from the end, 1 = the last; a space before the first), or nil when it does not
    /// decline. Zarechny (-ый: -ого, -ому, -ым, -ом) and Zarechnaya (-ая: -ой, -ую) stay apart.
    static func of(endsWith: (String) -> Bool, letter: (Int) -> Character) -> Declension? {
        if endsWith("ый") { return ending2(["ый"], ["ого"], ["ому"], ["ый", "ого"], ["ым"], ["ом"]) }
        if endsWith("ий") {
            if velarOrHush.contains(letter(3)) { return ending2(["ий"], ["ого", "его"], ["ому", "ему"], ["ий"], ["им"], ["ом", "ем"]) }
            return ending2(["ий"], ["его"], ["ему"], ["ий"], ["им"], ["ем"])
        }
        if endsWith("ой") { return ending2(["ой"], ["ого"], ["ому"], ["ой"], ["ым", "им"], ["ом"]) }
        if endsWith("ая") { return ending2(["ая"], ["ой"], ["ой"], ["ую"], ["ой", "ою"], ["ой"]) }
        if endsWith("яя") { return ending2(["яя"], ["ей"], ["ей"], ["юю"], ["ей"], ["ей"]) }
        if endsWith("ое") { return ending2(["ое"], ["ого"], ["ому"], ["ое"], ["ым"], ["ом"]) }
        if endsWith("ее") { return ending2(["ее"], ["его"], ["ему"], ["ее"], ["им"], ["ем"]) }
        if endsWith("ия") { return ending2(["ия"], ["ии"], ["ии"], ["ию"], ["ией"], ["ии"]) }
        if endsWith("а") {
            let gen = velarOrHush.contains(letter(2)) ? "и" : "ы"
            return Declension(cut: 1, cases: [["а"], [gen], ["е"], ["у"], ["ой", "ою"], ["е"]])
        }
        if endsWith("я") { return Declension(cut: 1, cases: [["я"], ["и"], ["е"], ["ю"], ["ей"], ["е"]]) }
        if endsWith("о") { return Declension(cut: 1, cases: [["о"], ["а", "о"], ["у", "о"], ["о"], ["ом", "о"], ["е", "о"]]) }
        if endsWith("ь") { return Declension(cut: 1, cases: [["ь"], ["и"], ["и"], ["ь"], ["ью"], ["и"]]) }
        if endsWith("й") { return Declension(cut: 1, cases: [["й"], ["я"], ["ю"], ["й"], ["ем"], ["е"]]) }
        if consonants.contains(letter(1)) { return Declension(cut: 0, cases: [[""], ["а"], ["у"], [""], ["ом"], ["е"]]) }
        // Vowel-final foreign names (-е, -и, -у, -ы) do not decline.
        return nil
    }

    /// A two-letter ending's declension, by case.
    private static func ending2(_ nom: [String], _ gen: [String], _ dat: [String], _ acc: [String], _ ins: [String], _ prep: [String]) -> Declension {
        Declension(cut: 2, cases: [nom, gen, dat, acc, ins, prep])
    }

    private static let velarOrHush: Set<Character> = ["к", "г", "х", "ж", "ш", "ч", "щ"]
    private static let consonants = Set("бвгджзклмнпрстфхцчшщ")
}

extension Array where Element == Unicode.Scalar {
    /// True when the array ends with `suffix`'s scalars.
    func ends(with suffix: String.UnicodeScalarView) -> Bool {
        let n = suffix.count
        return count >= n && self[(count - n)...].elementsEqual(suffix)
    }
}
