import XCTest
@testable import Geoparser

/// Russian inflection, and Chinese and Japanese text without spaces.
final class RussianTests: XCTestCase {
    func testCaseForms() {
        assertMentions("бои у озера Хасан", ["озера Хасан→lake-khasan"])
        assertMentions("на озере Хасан и на озеро Хасан", ["озере Хасан→lake-khasan", "озеро Хасан→lake-khasan"])
        assertMentions("в Гродекове и в Гродеково", ["Гродекове→grodekovo", "Гродеково→grodekovo"])
        assertMentions("из Владивостока во Владивосток", ["Владивостока→vladivostok", "Владивосток→vladivostok"])
        assertMentions("границы СССР и Советского Союза", ["СССР→ussr", "Советского Союза→ussr"])
        assertMentions("нота Японии, с Японией", ["Японии→japan", "Японией→japan"])
        assertMentions("из Москвы в Москву", ["Москвы→moscow", "Москву→moscow"])
    }

    func testPogranichnyIsNotPogranichnaya() {
        assertMentions("в Пограничном и у Пограничного", ["Пограничном→grodekovo", "Пограничного→grodekovo"])
        assertMentions("станция Пограничная, у Пограничной", ["станция Пограничная→suifenhe", "Пограничной→suifenhe"])
    }

    func testAdjectivesAndUnknowns() {
        assertMentions("японские войска на маньчжурской территории", [])
        assertMentions("сопка Заозёрная и высота 588", ["сопка Заозёрная→changkufeng", "высота 588→hill-588"])
        assertMentions("высота 731 и озеро Ханка", ["высота 731→null", "озеро Ханка→null"])
    }
}

final class JapaneseTests: XCTestCase {
    func testNamesWithoutSpaces() {
        assertMentions("張鼓峰事件でソ連と日本が衝突した。", ["張鼓峰→changkufeng", "ソ連→ussr", "日本→japan"])
        assertMentions("ハサン湖の西", ["ハサン湖→lake-khasan"])
        assertMentions("張鼓峯付近", ["張鼓峯→changkufeng"])
    }

    func testCompoundsThatAreNotPlaces() {
        assertMentions("ソ連軍と日本人とロシア語", [])
        assertMentions("日ソ両国", [])
    }

    func testTreaty() {
        let x = extract("琿春条約による国境")
        XCTAssertEqual(x.treaties.map { $0.id ?? "null" }, ["hunchun-protocol-1886"])
        XCTAssertEqual(x.mentions, [])
    }

    func testSpansAreCodePoints() {
        let x = extract("昭和十三年、張鼓峰で")
        XCTAssertEqual(x.mentions.first?.start, 6)
        XCTAssertEqual(x.mentions.first?.end, 9)
    }
}

final class ChineseTests: XCTestCase {
    func testNamesWithoutSpaces() {
        assertMentions("张鼓峰事件中苏联与日本在哈桑湖附近交战。", ["张鼓峰→changkufeng", "苏联→ussr", "日本→japan", "哈桑湖→lake-khasan"])
        assertMentions("图们江与图们市", ["图们江→tumen-river", "图们市→tumen-town"])
        assertMentions("中国与俄国", ["中国→china", "俄国→russia"])
    }

    func testSingleCharacterAbbreviationsDoNotMatch() {
        assertMentions("中俄边界，日苏关系", [])
    }

    func testTraditionalCharacters() {
        assertMentions("張鼓峰與琿春", ["張鼓峰→changkufeng", "琿春→hunchun"])
    }

    func testTreaty() {
        XCTAssertEqual(extract("根据珲春条约").treaties.map { $0.id ?? "null" }, ["hunchun-protocol-1886"])
        XCTAssertEqual(extract("北京条约").treaties.map { $0.id ?? "null" }, ["treaty-of-peking-1860"])
    }
}
