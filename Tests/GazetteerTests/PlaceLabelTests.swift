@testable import Gazetteer
import XCTest

/// `Place.label(in:)`: which of a place's names a map in a given language shows.
final class PlaceLabelTests: XCTestCase {
    private func place(_ names: [(String, String)]) -> Place {
        Place(id: "p", dispute: "d", title: "Title", type: .settlement,
              names: names.map { PlaceName(toponym: $0.0, lang: $0.1, note: nil, citations: nil) },
              certainty: .certain, uncertaintyMeters: nil, heightMeters: nil, coordinate: nil,
              proxy: nil, relative: nil, note: nil, citations: [])
    }

    func testChineseLabelIsTheHanNameNotThePinyinListedBeforeIt() {
        let p = place([("Fangchuan", "en"), ("Fangchuancun", "zh-Latn-pinyin"), ("防川", "zh"), ("방천", "ko")])
        XCTAssertEqual(p.label(in: "zh"), "防川")
        XCTAssertEqual(p.label(in: "ko"), "방천")
        XCTAssertEqual(p.label(in: "en"), "Fangchuan")
    }

    func testScriptVariantServesWhenTheLanguageHasNoPlainTag() {
        let p = place([("Hunchun", "en"), ("Hunchun", "zh-Latn-pinyin"), ("琿春", "zh-Hant")])
        XCTAssertEqual(p.label(in: "zh"), "琿春")
    }

    func testRomanisationAloneFallsBackToEnglish() {
        let p = place([("Changkufeng", "en"), ("Chōkohō", "ja-Latn")])
        XCTAssertEqual(p.label(in: "ja"), "Changkufeng")
        XCTAssertEqual(p.label(in: "ru"), "Changkufeng")
    }

    func testNoEnglishNameFallsBackToTheTitle() {
        XCTAssertEqual(place([("Хасан", "ru")]).label(in: "ja"), "Title")
        XCTAssertEqual(place([("Хасан", "ru")]).label(in: "ru"), "Хасан")
    }
}
