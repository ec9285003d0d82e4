import Foundation
import XCTest
@testable import Geoparser

/// One geoparser over the fixture for all rule tests (compiling it once keeps the suite fast).
enum Shared {
    static let parser: Geoparser = try! FixtureGazetteer.geoparser()
}

extension XCTestCase {
    /// Extracts from a text with the fixture gazetteer.
    func extract(_ text: String) -> Extraction { Shared.parser.extract(text: text) }

    /// The mentions as "surface→id" strings, in order ("null" for unknown toponyms).
    func mentions(_ text: String) -> [String] {
        extract(text).mentions.map { "\($0.surface)→\($0.id ?? "null")" }
    }

    /// Asserts that the text yields exactly these mentions.
    func assertMentions(_ text: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(mentions(text), expected, "in: \(text)", file: file, line: line)
    }

    /// Asserts that each mention's span is the exact substring of the text (code points).
    func assertSpansExact(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let scalars = Array(text.unicodeScalars)
        for m in extract(text).mentions {
            let s = String(String.UnicodeScalarView(scalars[m.start..<m.end]))
            XCTAssertEqual(s, m.surface, file: file, line: line)
        }
    }
}

/// A short document mixing what the streaming tests need across chunk boundaries: English with a
/// page break and a word hyphenated over a line end, a relative location, Chinese and Russian.
enum MixedSample {
    static let text = """
        RECORD OF AUGUST 7, 1938.\n\nThe line on the map of the Hunch'un agreement runs near Lake Khasan; \
        Hill 588 situated 22 kilometers south-west of Grodekovo. Chang-\nkufeng, U.S.S.R., Manchoukuo, \
        张鼓峰与哈桑湖，у озера Хасан, 7 августа 1938 г.\n\n
        """
}
