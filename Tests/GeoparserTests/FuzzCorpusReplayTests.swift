import Foundation
import XCTest
@testable import Geoparser

/// The geoparser fuzz seeds and crash reproducers (Tests/Fixtures/fuzz/geoparser), replayed
/// in-process over the test fixture gazetteer, and the crashes fuzzing found, pinned directly.
final class GeoparserFuzzRegressionTests: XCTestCase {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz/geoparser")

    /// Every seed through the text path and the streaming path (default and tiny buffers).
    func testSeedsExtractWithoutCrashing() throws {
        let parser = try FixtureGazetteer.geoparser()
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).sorted()
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: Self.seeds.appendingPathComponent(file)))
            _ = parser.extract(text: String(decoding: bytes, as: UTF8.self), document: file)
            for chunk in [1 << 20, 7, 1] {
                parser.extract(bytes: bytes, into: CollectingSink(document: file, sha256: ""), chunkSize: chunk)
            }
        }
    }

    /// Fuzzing found it (crash-fuzzy-long-word.txt): a capitalised word of 42+ letters made the
    /// OCR matcher build an empty length range (40...39) and trap.
    func testFuzzyMatchOfAVeryLongWordIsNil() {
        let names = FuzzyNames(names: [])
        for n in [38, 39, 40, 41, 42, 45, 200] {
            XCTAssertNil(names.match([UInt8](repeating: UInt8(ascii: "k"), count: n)), "\(n) letters")
        }
    }

    func testVeryLongCapitalisedWordAfterAPlaceName() throws {
        let parser = try FixtureGazetteer.geoparser()
        let text = "On 30 July 1938 near Lake Khasan K" + String(repeating: "k", count: 60) + " attacked."
        let extraction = parser.extract(text: text)
        XCTAssertTrue(extraction.mentions.contains { $0.id == "lake-khasan" })
    }
}
