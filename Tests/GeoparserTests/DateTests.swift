import XCTest
@testable import Geoparser

/// Dates with the year inferred from the document.
final class DateTests: XCTestCase {
    private func dates(_ text: String) -> [String] {
        extract(text).dates.map { "\($0.surface)=\($0.date)" + ($0.qualifier.map { "/" + $0 } ?? "") }
    }

    func testEnglishForms() {
        XCTAssertEqual(dates("RECORD OF AUGUST 7, 1938. On August 4th and July 29; by the 8th or 9th of August; before July 29; 3 December 1946; 1938-08-07."),
                       ["AUGUST 7, 1938=1938-08-07", "August 4th=1938-08-04", "July 29=1938-07-29", "8th=1938-08-08/by", "9th of August=1938-08-09",
                        "July 29=1938-07-29/before", "3 December 1946=1946-12-03", "1938-08-07=1938-08-07"])
    }

    func testDatelineAbbreviations() {
        XCTAssertEqual(dates("TOKYO, Aug. 1, 1938 (AP) — On Sept. 16 the ceasefire."), ["Aug. 1, 1938=1938-08-01", "Sept. 16=1938-09-16"])
    }

    func testYearFromALaterHeaderDate() {
        XCTAssertEqual(dates("On July 29 the attack began. Moscow, 7 August 1938."), ["July 29=1938-07-29", "7 August 1938=1938-08-07"])
    }

    func testYearFromAStandaloneYearNearTheTop() {
        XCTAssertEqual(dates("Report, 1939\n\nOn May 11 the clash began."), ["May 11=1939-05-11"])
    }

    func testNoYearAtAll() {
        XCTAssertEqual(dates("On July 29 the attack began."), ["July 29=--07-29"])
    }

    func testNotDates() {
        XCTAssertEqual(dates("May I understand? 22 kilometers; the 7th, 8th or 9th or other time; March on."), [])
    }

    func testRussianChineseJapanese() {
        XCTAssertEqual(dates("7 августа 1938 г. и 29 июля"), ["7 августа 1938=1938-08-07", "29 июля=1938-07-29"])
        XCTAssertEqual(dates("1938年8月7日，7月29日"), ["1938年8月7日=1938-08-07", "7月29日=1938-07-29"])
        XCTAssertEqual(dates("昭和13年8月7日"), ["昭和13年8月7日=1938-08-07"])
        XCTAssertEqual(dates("１９３８年８月７日"), ["１９３８年８月７日=1938-08-07"])
    }
}

/// Incidents whose place and date the document supports.
final class IncidentLinkingTests: XCTestCase {
    func testPlaceAndDateInOneParagraph() {
        let text = "Moscow, 7 August 1938.\n\nOn 7 August 1938 Japanese troops attacked Hill 588.\n\nHill 588 is quiet."
        let x = extract(text)
        XCTAssertEqual(x.incidents.map(\.id), ["hill-588-1938-08-07"])
        XCTAssertEqual(x.incidents.first?.evidence.count, 2)
        XCTAssertEqual(x.incidents.first?.evidence.first, [x.mentions[1].start, x.mentions[1].end])
    }

    func testTodayInADatedRecord() {
        let x = extract("RECORD OF AUGUST 7, 1938.\n\nTo-day I have received a report about an attack near Hill 588.")
        XCTAssertEqual(x.incidents.map(\.id), ["hill-588-1938-08-07"])
    }

    func testIntervalAndSeparateParagraphs() {
        XCTAssertEqual(extract("On July 31, 1938 the Japanese took Changkufeng.").incidents.map(\.id), ["changkufeng-1938-07-31"])
        XCTAssertEqual(extract("On July 31, 1938 the Japanese attacked.\n\nChangkufeng is a hill.").incidents, [])
        XCTAssertEqual(extract("On August 20, 1938 Hill 588 was quiet.").incidents, [])
    }

    func testTheCJKDatePrecheckAdmitsEveryEraAndDigit() {
        // The precheck spells out the eras' first characters: each era must pass it, or its dates
        // would be skipped without a word.
        for (era, _) in DocumentScanner.eras {
            XCTAssertTrue(DocumentScanner.mayStartCJKDate(era.unicodeScalars.first!.value), era)
        }
        for d in "0123456789０１２３４５６７８９".unicodeScalars { XCTAssertTrue(DocumentScanner.mayStartCJKDate(d.value), "\(d)") }
        for c in "年月日张鼓峰ノモンハン".unicodeScalars { XCTAssertFalse(DocumentScanner.mayStartCJKDate(c.value), "\(c)") }
    }
}
