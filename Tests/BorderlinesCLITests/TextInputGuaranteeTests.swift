import Foundation
import TestSupport
import XCTest

/// Issue 7, text inputs: `extract` (and the commands that map a document) take empty, damaged,
/// huge-line and bidirectional text without crashing, and refuse binary files with exit 65.
final class TextInputGuaranteeTests: XCTestCase {
    private let data = ["--data", TestlandFixture.path]

    /// The mentions `extract --format json` reports, as (id, start, end).
    private func mentions(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> (spans: [(String, Int, Int)], stderr: String) {
        let r = try CommandRunner.run(["extract", path, "--format", "json"] + data)
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        let root = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let list = root?["mentions"] as? [[String: Any]] ?? []
        return (list.map { ($0["id"] as? String ?? "", $0["start"] as? Int ?? -1, $0["end"] as? Int ?? -1) }, r.stderr)
    }

    func testAnEmptyFileIsValidAndNamesNothing() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let found = try mentions(try s.write("", to: "empty.txt"))
        XCTAssertTrue(found.spans.isEmpty)
        XCTAssertEqual(found.stderr, "")
    }

    func testABinaryFileIsRefusedByEveryCommandThatReadsText() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        // A PNG signature and an IHDR chunk: what a user gets by passing the wrong file.
        let binary = try s.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] + Array(repeating: 0, count: 512),
                                 to: "scan.txt")
        let refusal = Refusal(status: 65, keywords: ["scan.txt", "not a text file"])
        try assertRefused(["extract", binary] + data, refusal)
        let map = s.path("map.png")
        try assertRefused(["render", "--text", binary, "-o", map] + data, refusal, untouched: [map])
        let atlas = s.path("atlas")
        try assertRefused(["atlas", "--text", binary, "--out", atlas, "--quiet"] + data, refusal, untouched: [atlas])
    }

    func testInvalidUTF8IsDecodedWithOneWarningAndCodePointOffsets() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        // Invalid sequences before the name and all through a 3 MB tail, across read chunks.
        var bytes: [UInt8] = [0xFF, 0xFE, 0x20] + Array("Cerro Prueba".utf8) + [0x20, 0xC3]
        for _ in 0..<100_000 { bytes += Array(" lorem ipsum ".utf8) + [0xE2, 0x82] + Array(" dolor".utf8) }
        let found = try mentions(try s.write(bytes, to: "damaged.txt"))
        XCTAssertEqual(found.spans.first?.0, "cerro-prueba")
        // U+FFFD U+FFFD space: the name starts at code point 3 of the decoded text.
        XCTAssertEqual(found.spans.first?.1, 3)
        XCTAssertEqual(found.spans.first?.2, 15)
        let warnings = found.stderr.split(separator: "\n").filter { $0.contains("not valid UTF-8") }
        XCTAssertEqual(warnings.count, 1, "one warning, not one per bad byte: \(found.stderr.prefix(500))")
        XCTAssertTrue(found.stderr.contains("damaged.txt"))
    }

    /// A single line of several megabytes: streamed, every mention found, nothing lost at chunk seams.
    func testAVeryLongSingleLine() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let sentence = "The patrol crossed from Cerro Prueba towards Laguna Ficticia; "
        let count = 4_000_000 / sentence.utf8.count
        let path = try s.write(String(repeating: sentence, count: count), to: "one-line.txt")
        let found = try mentions(path)
        XCTAssertEqual(found.spans.count, 2 * count)
        let n = sentence.count
        XCTAssertEqual(found.spans.last.map { [$0.1, $0.2] }, [(count - 1) * n + 45, (count - 1) * n + 60])
        // The table keeps 10,000 rows of each kind and says how many more there are.
        let table = try CommandRunner.run(["extract", path, "--format", "table"] + data)
        XCTAssertEqual(table.status, 0, table.stderr)
        XCTAssertTrue(table.stdout.contains("… \(2 * count - 10_000) more places not shown"), String(table.stdout.suffix(300)))
    }

    func testCombiningMarksAndRightToLeftText() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        // "Cerro Pru" + e + U+0301 (decomposed é) inside a right-to-left override, then Hebrew and Arabic.
        let text = "\u{202E}Cerro Prue\u{0301}ba\u{202C} \u{05D0}\u{05D2}\u{05DD} Laguna Fictici\u{0301}a \u{0627}\u{0644}\u{0628}\u{062D}\u{064A}\u{0631}\u{0629}"
        let found = try mentions(try s.write(text, to: "bidi.txt"))
        XCTAssertEqual(found.spans.map(\.0), ["cerro-prueba", "laguna-ficticia"])
        // Offsets are code points: the override is 1, the decomposed name 13 code points long.
        XCTAssertEqual(found.spans.first.map { [$0.1, $0.2] }, [1, 14])
    }

    func testMissingFileAndDirectory() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        try assertRefused(["extract", s.path("absent.txt")] + data, Refusal(status: 66, keywords: ["absent.txt", "no such file"]))
        try assertRefused(["extract", s.dir] + data, Refusal(status: 66, keywords: ["is a directory"]))
    }
}
