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
