import XCTest
@testable import Gazetteer

final class HistoricalDateTests: XCTestCase {
    func testSingleDayIntervalAndMonth() throws {
        let d = try XCTUnwrap(HistoricalDate("1938-07-11"))
        XCTAssertEqual(d.start.description, "1938-07-11")
        XCTAssertTrue(d.isSingleDay)
        let r = try XCTUnwrap(HistoricalDate("1938-07-30/1938-07-31"))
        XCTAssertEqual(r.start.description, "1938-07-30")
        XCTAssertEqual(r.end.description, "1938-07-31")
        let m = try XCTUnwrap(HistoricalDate("1938-08"))
        XCTAssertEqual(m.end.description, "1938-08-31")
        XCTAssertTrue(try XCTUnwrap(HistoricalDate("~1938-07-15")).approximate)
    }

    func testRejectsImpossibleDates() {
        XCTAssertNil(HistoricalDate("1938-07-32"))
        XCTAssertNil(HistoricalDate("1938-02-29"))
        XCTAssertNotNil(HistoricalDate("1940-02-29"))
        XCTAssertNil(HistoricalDate("1938-08-10/1938-08-01"))
        XCTAssertNil(HistoricalDate("July 1938"))
        XCTAssertNil(HistoricalDate("1938-7-1"))
    }

    func testOrderingAndEpochDays() throws {
        let a = try XCTUnwrap(HistoricalDate("1938-07-29")), b = try XCTUnwrap(HistoricalDate("1938-07-30/1938-07-31"))
        XCTAssertLessThan(a, b)
        XCTAssertEqual(try XCTUnwrap(HistoricalDate.Day(year: 1970, month: 1, day: 1)).daysSinceEpoch, 0)
        XCTAssertEqual(try XCTUnwrap(HistoricalDate.Day(year: 1938, month: 8, day: 7)).daysSinceEpoch, -11470)
    }
}
