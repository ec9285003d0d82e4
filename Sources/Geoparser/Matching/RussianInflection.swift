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
        let genericIndex = words.firstIndex { w in
            let bare = w.trimming(["."])
            return Lexicon.genericBefore.contains { $0.0 == bare }
        }
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
        let s = Array(word)
        func stem(_ n: Int) -> String { String(s.dropLast(n)) }
        func make(_ cut: Int, _ endings: [[String]]) -> [[String]] {
            guard s.count - cut >= minimumStem else { return Array(repeating: [word], count: 6) }
            let st = stem(cut)
            return endings.map { $0.map { st + $0 } }
        }
        let velarOrHush: Set<Character> = ["к", "г", "х", "ж", "ш", "ч", "щ"]
        let beforeLast2 = s.count >= 3 ? s[s.count - 3] : " "
        let beforeLast1 = s.count >= 2 ? s[s.count - 2] : " "
        if word.hasSuffix("ый") { return make(2, [["ый"], ["ого"], ["ому"], ["ый", "ого"], ["ым"], ["ом"]]) }
        if word.hasSuffix("ий") {
            if velarOrHush.contains(beforeLast2) { return make(2, [["ий"], ["ого", "его"], ["ому", "ему"], ["ий"], ["им"], ["ом", "ем"]]) }
            return make(2, [["ий"], ["его"], ["ему"], ["ий"], ["им"], ["ем"]])
        }
        if word.hasSuffix("ой") { return make(2, [["ой"], ["ого"], ["ому"], ["ой"], ["ым", "им"], ["ом"]]) }
        if word.hasSuffix("ая") { return make(2, [["ая"], ["ой"], ["ой"], ["ую"], ["ой", "ою"], ["ой"]]) }
        if word.hasSuffix("яя") { return make(2, [["яя"], ["ей"], ["ей"], ["юю"], ["ей"], ["ей"]]) }
        if word.hasSuffix("ое") { return make(2, [["ое"], ["ого"], ["ому"], ["ое"], ["ым"], ["ом"]]) }
        if word.hasSuffix("ее") { return make(2, [["ее"], ["его"], ["ему"], ["ее"], ["им"], ["ем"]]) }
        if word.hasSuffix("ия") { return make(2, [["ия"], ["ии"], ["ии"], ["ию"], ["ией"], ["ии"]]) }
        if word.hasSuffix("а") {
            let gen = velarOrHush.contains(beforeLast1) ? "и" : "ы"
            return make(1, [["а"], [gen], ["е"], ["у"], ["ой", "ою"], ["е"]])
        }
        if word.hasSuffix("я") { return make(1, [["я"], ["и"], ["е"], ["ю"], ["ей"], ["е"]]) }
        if word.hasSuffix("о") { return make(1, [["о"], ["а", "о"], ["у", "о"], ["о"], ["ом", "о"], ["е", "о"]]) }
        if word.hasSuffix("ь") { return make(1, [["ь"], ["и"], ["и"], ["ь"], ["ью"], ["и"]]) }
        if word.hasSuffix("й") { return make(1, [["й"], ["я"], ["ю"], ["й"], ["ем"], ["е"]]) }
        if let last = s.last, "бвгджзклмнпрстфхцчшщ".contains(last) {
            return make(0, [[""], ["а"], ["у"], [""], ["ом"], ["е"]])
        }
        // Vowel-final foreign names (-е, -и, -у, -ы) do not decline.
        return Array(repeating: [word], count: 6)
    }
}
