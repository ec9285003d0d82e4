import XCTest
@testable import Gazetteer

final class NameNormalizerTests: XCTestCase {
    private func assertSameKey(_ names: [String], file: StaticString = #filePath, line: UInt = #line) {
        let keys = Set(names.map(NameNormalizer.key))
        XCTAssertEqual(keys.count, 1, "keys differ: \(names.map { "\($0) → \(NameNormalizer.key($0))" })", file: file, line: line)
    }

    func testCaseHyphensSpacesAndApostrophes() {
        assertSameKey(["Changkufeng", "Chang-ku-feng", "CHANGKUFENG", "Chang ku feng", "Chang‐ku‐feng"])
        assertSameKey(["Hunch'un", "Hunch’un", "Hunchun", "Hunchʼun"])
        assertSameKey(["U.S.S.R.", "U S S R", "USSR", "ussr"])
    }

    func testDiacritics() {
        assertSameKey(["Chōkohō", "Chokoho"])
        assertSameKey(["Zaozërnaya", "Zaozernaya"])
        assertSameKey(["Sümber", "Sumber"])
    }

    func testRussianYo() {
        assertSameKey(["Заозёрная", "Заозерная", "ЗАОЗЁРНАЯ"])
    }

    func testChineseAndJapaneseVariants() {
        assertSameKey(["張鼓峰", "张鼓峰", "張鼓峯"])
        assertSameKey(["満洲国", "滿洲國", "满洲国"])
        assertSameKey(["琿春", "珲春"])
    }

    func testKanaVoicingMarksAreKept() {
        // ガ and カ are different syllables; folding them would merge unrelated names.
        XCTAssertNotEqual(NameNormalizer.key("ハルハ河"), NameNormalizer.key("ハルバ河"))
        XCTAssertEqual(NameNormalizer.key("ポグラニチニ"), NameNormalizer.key("ポグラニチニ".decomposedStringWithCanonicalMapping))
    }

    func testDifferentNamesStayDifferent() {
        XCTAssertNotEqual(NameNormalizer.key("Pogranichny"), NameNormalizer.key("Pogranichnaya"))
        XCTAssertNotEqual(NameNormalizer.key("Khasan"), NameNormalizer.key("Hasan"))
    }

    func testIndexFindsPlacesByAnyVariant() {
        let place = Place(id: "changkufeng", dispute: "t", title: "Changkufeng", type: .hill,
                          names: [PlaceName(toponym: "Chang-ku-feng", lang: "en"), PlaceName(toponym: "Заозёрная", lang: "ru"),
                                  PlaceName(toponym: "張鼓峰", lang: "ja")],
                          certainty: .uncertain, coordinate: nil, citations: [])
        let index = NameIndex(places: [place])
        XCTAssertEqual(index.placeIDs(for: "changkufeng"), ["changkufeng"])
        XCTAssertEqual(index.placeIDs(for: "Заозерная"), ["changkufeng"])
        XCTAssertEqual(index.placeIDs(for: "张鼓峯"), ["changkufeng"])
        XCTAssertEqual(index.placeIDs(for: "Bezymyannaya"), [])
    }

    func testSuggestionsFindNearbyIds() {
        let ids = ["lake-khasan", "khasan", "changkufeng", "bezymyannaya"]
        XCTAssertEqual(Suggestions.nearest(to: "changkufen", in: ids).first, "changkufeng")
        XCTAssertEqual(Suggestions.nearest(to: "lake-hasan", in: ids).first, "lake-khasan")
        XCTAssertTrue(Suggestions.nearest(to: "zzzzzzzzzzzz", in: ids).isEmpty)
    }

    func testThePlainScriptKeyIsTheUnicodeKey() {
        // Every scalar the fast path takes, alone and inside a name, keys as the general path keys it.
        let ranges: [ClosedRange<UInt32>] = [0x01...0x7F, 0xC0...0x24F, 0x0401...0x0401, 0x0410...0x044F, 0x0451...0x0451, 0x2010...0x201B,
                                             0x3041...0x3096, 0x309B...0x30FF, 0xAC00...0xD7A3, 0x3400...0x4DBF, 0x4E00...0x9FFF]
        for range in ranges {
            for v in range {
                let name = "Ж" + String(Unicode.Scalar(v)!) + "x"
                guard let key = PlainScriptKey.key(name) else { continue }   // nil: the general path, by definition equal
                XCTAssertEqual(key, NameNormalizer.unicodeKey(name), "U+\(String(v, radix: 16))")
            }
        }
        for name in ["Заозёрная", "ЗАОЗЁРНАЯ", "Хасанский", "ЙОШКАР-ОЛА", "озеро Хасан", "Высота 52", "張鼓峰", "滿洲國", "琿春 市", "гора Заозёрная-Безымянная",
                     "Chōkohō", "Zhānggǔfēng", "Zaozërnaya", "ハサン湖", "ボドゴルナヤ", "ポシェト湾", "장고봉", "Rajin-Sŏnbong", "Ǣ Ǯ İstanbul"] {
            XCTAssertEqual(PlainScriptKey.key(name), NameNormalizer.unicodeKey(name), name)
        }
        // Anything else goes the general way.
        for name in ["сопка № 52", "Ѐ", "e\u{301}", "か\u{3099}", "\u{1100}\u{1161}", "Ελλάδα"] { XCTAssertNil(PlainScriptKey.key(name), name) }
    }
}
