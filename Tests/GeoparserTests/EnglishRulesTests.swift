import XCTest
@testable import Geoparser

/// The conventions of spec/geoparsing-conventions.md on English text.
final class EnglishRulesTests: XCTestCase {
    func testGenericBeforeIsInTheSpanAndAfterIsNot() {
        assertMentions("They reached Lake Khasan at dawn.", ["Lake Khasan→lake-khasan"])
        assertMentions("The guards held Hill 588 until noon.", ["Hill 588→hill-588"])
        assertMentions("Ships in the Sea of Japan.", ["Sea of Japan→sea-of-japan"])
        assertMentions("the Changkufeng hill was taken", ["Changkufeng→changkufeng"])
        assertMentions("in the Grodekovo district (region).", ["Grodekovo→grodekovo-district"])
        assertMentions("the sector of the Gladukha barrier located", ["Gladukha→gladukha-barrier"])
        assertMentions("boats on the Tumen River", ["Tumen→tumen-river"])
        assertMentions("as Japan's troops advanced", ["Japan→japan"])
    }

    func testSpellingAndTypesettingVariants() {
        assertMentions("Chang-ku-feng and Chang ku feng and CHANGKUFENG", ["Chang-ku-feng→changkufeng", "Chang ku feng→changkufeng", "CHANGKUFENG→changkufeng"])
        assertMentions("the hill of Chang-\nkufeng was", ["Chang-\nkufeng→changkufeng"])
        assertMentions("a war between the U S S R and Japan", ["U S S R→ussr", "Japan→japan"])
        assertMentions("Ministry of Internal Affairs U.S.S.R./", ["U.S.S.R.→ussr"])
        assertMentions("between Manchoukuo and the U.S.S.R.\n\nIt means", ["Manchoukuo→manchukuo", "U.S.S.R.→ussr"])
        assertMentions("Zaozërnaya and Zaozyornaya", ["Zaozërnaya→changkufeng", "Zaozyornaya→changkufeng"])
        assertSpansExact("Über Chang-\nkufeng, U.S.S.R. und Zaozërnaya — Manchoukuo.")
    }

    func testPageBreakCatchwordIsOneMention() {
        assertMentions("the border with\n\nMoscow\n\nMoscow replied that", ["Moscow→moscow"])
        XCTAssertEqual(extract("x\n\nMoscow\n\nMoscow replied").mentions.first?.start, 11)
    }

    func testOCRDamage() {
        assertMentions("the Chanqkufeng hill", ["Chanqkufeng→changkufeng"])
        assertMentions("reached Vladivo5tok", ["Vladivo5tok→vladivostok"])
        assertMentions("near Grodekov0 station", ["Grodekov0→grodekovo"])
        assertMentions("the Beziyannaya hill", ["Beziyannaya→bezymyannaya"])
        assertMentions("at Manchnkuo", ["Manchnkuo→manchukuo"])
        // Two errors in a short word are too many.
        assertMentions("at Tckyu", [])
    }

    func testNoAdjectivesDemonymsOrPersons() {
        assertMentions("Manchurian territory, Japanese troops, Russo-Chinese agreement, Soviet side, Korean villages, Russian guards, Siberian winter", [])
        assertMentions("the Manchukuo territory", ["Manchukuo→manchukuo"])
        assertMentions("Lt. Kraskin led the attack; General Grodekov was a governor.", [])
        assertMentions("Shigemitsu and Litvinov met; instructions from the Center.", [])
    }

    func testFormationsAreNotMentions() {
        assertMentions("the Korea Army crossed", [])
        assertMentions("the 59th (Posyet) border detachment held Posyet", ["Posyet→posyet"])
        assertMentions("the Posyet Border Detachment", [])
    }

    func testTreatyReferences() {
        let x = extract("the line on the map attached to the Hunch'un agreement, the Khunchun and other agreements, the Treaty of Peking, a later agreement than that of Hunch'un, and the town of Hunchun.")
        XCTAssertEqual(x.treaties.map { "\($0.surface)→\($0.id ?? "null")" },
                       ["Hunch'un→hunchun-protocol-1886", "Khunchun→hunchun-protocol-1886", "Peking→treaty-of-peking-1860", "Hunch'un→hunchun-protocol-1886"])
        XCTAssertEqual(x.mentions.map(\.surface), ["Hunchun"])
    }

    func testEventNamesContainMentions() {
        assertMentions("after the Lake Khasan incident and the Nomonhan incident", ["Lake Khasan→lake-khasan", "Nomonhan→nomonhan"])
    }

    func testAmbiguityFromContext() {
        assertMentions("the division detrained at Tumen", ["Tumen→tumen-town"])
        assertMentions("they crossed the Tumen", ["Tumen→tumen-river"])
        assertMentions("fighting near Khasan in 1938", ["Khasan→lake-khasan"])
        assertMentions("the railway station at Khasan", ["Khasan→khasan"])
        assertMentions("Pogranichny and Pogranichnaya", ["Pogranichny→grodekovo", "Pogranichnaya→suifenhe"])
    }

    func testClearToponymsMissingFromTheGazetteer() {
        assertMentions("they attacked Hill 731 at night", ["Hill 731→null"])
        assertMentions("the camp at Lake Tolmachev", ["Lake Tolmachev→null"])
        assertMentions("north of the Amur River", ["Amur→null"])
        assertMentions("ships in the Sea of Okhotsk", ["Sea of Okhotsk→null"])
        XCTAssertEqual(extract("they attacked Hill 731").mentions.first?.kind, "hill")
        // A river word after a demonym or a function word is not a toponym pattern.
        assertMentions("The River was high. Japanese River boats.", [])
    }

    func testNestedNamesGiveTheMaximalOne() {
        assertMentions("the Sea of Japan coast", ["Sea of Japan→sea-of-japan"])
        assertMentions("the Soviet Union and Japan", ["Soviet Union→ussr", "Japan→japan"])
    }

    func testLowerCaseLongNamesOnly() {
        assertMentions("the changkufeng heights", ["changkufeng→changkufeng"])
        assertMentions("fine china and japan lacquer", [])
    }
}
