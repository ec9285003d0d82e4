import Canvas
@testable import Cartography
import Foundation
import XCTest

/// `--lang` reaches the map's own words: the legend, the incident key and the sources line, not
/// only the place names (a Russian, Japanese or Chinese map with an English legend reads as unfinished).
final class MapLanguageTests: XCTestCase {
    private func svg(_ lang: String) throws -> String {
        let map = try MapFixtures.render(MapFixtures.khasan, MapRequest(format: .svg, lang: lang), key: "lang-svg-\(lang)")
        return String(decoding: map.bytes, as: UTF8.self)
    }

    func testLegendKeyAndSourcesAreInTheMapsLanguage() throws {
        let expected: [String: [String]] = [
            "en": ["Legend", "Incidents", "Disputed area (between the claims)", "Sources: ", "Made with Borderlines."],
            "ru": ["Условные обозначения", "Инциденты", "Спорная территория", "Источники: ", "Создано в Borderlines.", "155 м", " км"],
            "ja": ["凡例", "事件", "係争地域", "出典：", "Borderlinesで作成。"],
            "zh": ["图例", "事件", "争议地区", "资料来源：", "由Borderlines制作。"],
        ]
        for (lang, words) in expected {
            // What the map prints: the <text> elements (group <title>s are English metadata), joined
            // because wrapped lines are separate elements.
            let text = try printedText(svg(lang))
            for w in words {
                XCTAssertTrue(text.contains(w) || text.contains(w.replacingOccurrences(of: " ", with: "")), "\(lang): missing \"\(w)\"")
            }
            if lang != "en" {
                for english in ["Legend", "Settlement", "Lake", "Made with Borderlines"] {
                    XCTAssertFalse(text.contains(english), "\(lang): English \"\(english)\" left on the map")
                }
            }
        }
    }

    /// The contents of every `<text>` element, concatenated.
    private func printedText(_ svg: String) throws -> String {
        let regex = try NSRegularExpression(pattern: "<text[^>]*>([^<]*)</text>")
        let ns = svg as NSString
        return regex.matches(in: svg, range: NSRange(location: 0, length: ns.length))
            .map { ns.substring(with: $0.range(at: 1)) }.joined()
    }

    func testEveryLanguageHasItsOwnWords() {
        let en = MapWords.english
        for lang in ["ru", "ja", "zh"] {
            let w = MapWords.forLanguage(lang)
            XCTAssertNotEqual(w.legend, en.legend, lang)
            XCTAssertNotEqual(w.claim("X"), en.claim("X"), lang)
            XCTAssertNotEqual(w.madeWith, en.madeWith, lang)
            XCTAssertTrue(w.claim("X").contains("X"), lang)
            XCTAssertTrue(w.estimatesCaveat("±1 km").contains("±1 km"), lang)
            XCTAssertEqual(w.compassPoints.count, 16, lang)
            XCTAssertEqual(Set(w.compassPoints).count, 16, "\(lang): two compass points share a word")
        }
        XCTAssertEqual(MapWords.forLanguage("fr").legend, "Legend", "other codes fall back to English")
        XCTAssertEqual(MapWords.english.sentences(["Sources: A", "Made with Borderlines"]), "Sources: A. Made with Borderlines.")
        XCTAssertEqual(MapWords.japanese.sentences(["出典：A", "Borderlinesで作成"]), "出典：A。Borderlinesで作成。")
        XCTAssertEqual(MapWords.russian.distance(1500), "1.5 км")
        XCTAssertEqual(MapWords.russian.units("500 m"), "500 м")
        XCTAssertEqual(MapWords.japanese.distance(800), "800 m")
        XCTAssertEqual(MapWords.english.clauses(["claim lines are schematic", "b"]), "Claim lines are schematic; b")
    }

    func testDerivedPositionAndIncidentTitlesAreInTheMapsLanguage() throws {
        // Hill 588 is placed 22 km south-west of Grodekovo; its map carries that derivation.
        let expected: [String: [String]] = [
            "en": ["22 km SW of Grodekovo", "Attack on Soviet border guards on Hill 588"],
            "ru": ["22 км к ЮЗ от Гродеково", "Нападение на советских пограничников на высоте 588"],
            "ja": ["グロデコヴォの南西22", "588高地のソ連国境警備隊への攻撃"],
            "zh": ["格罗杰科沃西南22", "588高地苏联边防部队遇袭"],
        ]
        for (lang, phrases) in expected {
            let map = try MapFixtures.render(MapFixtures.khasan, MapRequest(incidentID: "hill-588-attack-1938-08-07", format: .svg, lang: lang),
                                             key: "lang-hill588-\(lang)")
            let svg = String(decoding: map.bytes, as: UTF8.self)
            let text = try printedText(svg)
            for p in phrases {
                XCTAssertTrue(text.contains(p) || text.contains(p.replacingOccurrences(of: " ", with: "")), "\(lang): missing \"\(p)\"")
            }
            XCTAssertEqual(map.info.title, MapFixtures.khasan.disputes[0].incidents.first { $0.id == "hill-588-attack-1938-08-07" }!.title(in: lang))
        }
    }
}
