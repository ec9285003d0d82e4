import Canvas
import Cartography
import Gazetteer
import XCTest
@testable import Reports

/// The timeline's axis and drawing.
final class TimelineTests: XCTestCase {
    func day(_ s: String) -> Int { HistoricalDate(s)!.start.daysSinceEpoch }

    func testAxisBreaksAtLongGaps() {
        let weeks = TimeAxis(intervals: [(day("1938-07-11"), day("1938-07-11")), (day("1938-08-10"), day("1938-08-11"))], x0: 0, x1: 300)
        XCTAssertEqual(weeks.segments.count, 1, "a month of fighting is one stretch")
        let years = TimeAxis(intervals: [(day("1939-05-11"), day("1939-05-11")), (day("1939-09-16"), day("1939-09-16")),
                                         (day("1941-10-15"), day("1941-10-15"))], x0: 0, x1: 300)
        XCTAssertEqual(years.segments.count, 2, "two years of nothing are cut out")
        let first = years.segments[0], second = years.segments[1]
        XCTAssertGreaterThan(first.x1 - first.x0, 2 * (second.x1 - second.x0), "the busy stretch gets the room")
        XCTAssertNotNil(years.x(Double(day("1941-10-15"))))
        XCTAssertNil(years.x(Double(day("1940-06-01"))), "days in the break are not on the axis")
        let xs = [day("1939-05-11"), day("1939-09-16"), day("1941-10-15")].map { years.x(Double($0))! }
        XCTAssertEqual(xs, xs.sorted(), "time runs left to right")
        XCTAssertFalse(years.ticks(spacing: 32).isEmpty)
    }

    func testTimelineEscapesAndDescribes() throws {
        let g = try HostileFixture.gazetteer()
        let d = g.disputes[0]
        let drawn = try TimelineFigure.render(d, theme: .standard, format: .svg, scale: 1, width: 576, to: .memory)
        let svg = String(decoding: drawn.bytes, as: UTF8.self)
        XCTAssertFalse(svg.contains("<script"), "data strings are escaped in SVG")
        XCTAssertTrue(svg.contains("&lt;script&gt;"))
        XCTAssertEqual(drawn.info.rows, ["../../escape", "overview", "talks"])
        XCTAssertTrue(drawn.info.altText.contains("2 incidents"), drawn.info.altText)
        XCTAssertTrue(drawn.info.altText.contains("1 diplomatic event"), drawn.info.altText)
        let png = try TimelineFigure.render(d, theme: .standard, format: .png, scale: 1, width: 576, to: .memory)
        XCTAssertEqual(Array(png.bytes.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
    }
}
