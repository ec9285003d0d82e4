import Foundation
import XCTest
@testable import Geoparser

/// The case forms of Russian names: the scalar reading of plain words gives exactly what reading
/// them by Characters gave (the implementation before it, kept here as the reference), and words
/// with combining marks or CR LF are still read by Characters.
final class RussianInflectionTests: XCTestCase {
    /// The package root, from this file's location (Tests/GeoparserTests/…).
    private static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The paradigm as it was computed by Characters before the scalar path (the reference).
    private func characterParadigm(_ word: String) -> [[String]] {
        let s = Array(word)
        func stem(_ n: Int) -> String { String(s.dropLast(n)) }
        func make(_ cut: Int, _ endings: [[String]]) -> [[String]] {
            guard s.count - cut >= RussianInflection.minimumStem else { return Array(repeating: [word], count: 6) }
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
        return Array(repeating: [word], count: 6)
    }

    /// Every word of every toponym in the bundled data, lower-cased as `forms` sees them.
    private static let dataWords: [String] = {
        var words = Set<String>()
        for name in ["khasan-1938", "nomonhan-1939"] {
            let text = (try? String(contentsOf: root.appendingPathComponent("GeoData/\(name).geojson"), encoding: .utf8)) ?? ""
            for token in text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "." && $0 != "-" }) { words.insert(String(token)) }
        }
        return words.sorted()
    }()

    /// Stems of one to four letters (with velars, hushers and vowels before the ending) times
    /// every ending a rule looks at, and a few that no rule takes.
    private static let generatedWords: [String] = {
        let letters = ["к", "ж", "щ", "н", "а", "и", "ё", "x", "1"]
        let endings = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ия", "а", "я", "о", "ь", "й", "б", "щ", "е", "и", "у", "ы", "ю", ""]
        var stems = [""]
        for _ in 0..<3 { stems += stems.flatMap { s in letters.map { s + $0 } } }
        stems = Array(Set(stems)).sorted()
        return stems.flatMap { s in endings.map { s + $0 } }
    }()

    func testPlainWordsDeclineAsByCharacters() {
        XCTAssertGreaterThan(Self.dataWords.count, 100)
        for word in Self.dataWords + Self.generatedWords {
            XCTAssertEqual(RussianInflection.paradigm(word), characterParadigm(word), word)
        }
    }

    func testWordsWithCombiningMarksOrCRLFAreReadByCharacters() {
        // й written as и + U+0306 ends in "й" as a Character; CR LF is one Character.
        let decomposed = ["заозе\u{308}рныи\u{306}", "хасани\u{306}", "сопка\u{301}", "высо\u{301}та", "река\r\n", "к\r\nая"]
        for word in decomposed {
            XCTAssertFalse(word.unicodeScalars.allSatisfy(RussianInflection.isPlain), word)
            XCTAssertEqual(RussianInflection.paradigm(word), characterParadigm(word), word)
        }
        XCTAssertEqual(RussianInflection.paradigm("хасани\u{306}")[1], ["хасаня"], "the decomposed й still declines")
    }

    func testNamesGiveTheirCaseForms() {
        XCTAssertEqual(RussianInflection.forms(of: "озеро Хасан"), ["озера хасан", "озере хасан", "озеро хасан", "озером хасан", "озеру хасан"], "the noun declines, the name after it does not")
        XCTAssertTrue(RussianInflection.forms(of: "Пограничная").contains("пограничной"))
        XCTAssertEqual(RussianInflection.forms(of: "Lake Khasan"), [])
    }
}
