import CByteClasses
import XCTest
@testable import Geoparser

/// The block word-start finder: its byte-class masks against the scalar reference, and whole
/// extractions with it against the byte-by-byte loop it replaces.
final class WordStartsTests: XCTestCase {
    /// A deterministic generator (no random seeds in tests).
    private struct LCG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    func testByteClassMasksMatchTheScalarReference() {
        var rng = LCG(state: 7)
        var block = [UInt8](repeating: 0, count: 64)
        // Every byte value in every lane, then random blocks weighted towards the class edges.
        let edges: [UInt8] = [0x2C, 0x2D, 0x2E, 0x2F, 0x30, 0x39, 0x3A, 0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x73, 0x74, 0x75,
                              0x7A, 0x7B, 0x7F, 0x80, 0xC0, 0xD0, 0xE0, 0xE1, 0xFA, 0xFF, 0x00, 0x20]
        for round in 0..<(256 + 2000) {
            for k in 0..<64 {
                block[k] = round < 256 ? UInt8((round + k * 37) & 0xFF) : (rng.next() % 2 == 0 ? rng.pick(edges) : UInt8(rng.next() & 0xFF))
            }
            let fast = block.withUnsafeBufferPointer { bl_byte_classes($0.baseAddress!) }
            let slow = block.withUnsafeBufferPointer { bl_byte_classes_scalar($0.baseAddress!) }
            XCTAssertEqual(fast.word, slow.word, "word, block \(block)")
            XCTAssertEqual(fast.lower, slow.lower, "lower, block \(block)")
            XCTAssertEqual(fast.t, slow.t, "t, block \(block)")
            XCTAssertEqual(fast.dash, slow.dash, "dash, block \(block)")
        }
    }

    /// Texts built from the words the finder must stop at or skip, in every position of a block.
    private func texts() -> [String] {
        let words = [
            // Skipped lower-case words, short and long; lower-case names the prefilter must let through.
            "the", "of", "a", "to", "in", "their", "these", "three", "tried", "border", "frontier", "withdrawal",
            "vladivostok", "changkufeng", "khasan", "posyet", "grodekovo", "manchoukuo", "hunchun",
            // "today" and its shapes, and near misses.
            "today", "to-day", "To-day", "Today", "to-morrow", "tx-day", "today's", "todays",
            // Capitals, digits, names, dates, relative locations.
            "Lake", "Khasan", "Lake Khasan", "Hill 588", "Changkufeng", "Chang-\nkufeng", "Vladivostok", "U.S.S.R.",
            "August", "7th", "1938", "July 29", "22 km south-west of Grodekovo", "the 8th or 9th of August",
            // Words with a capital, digit or non-ASCII byte after lower-case letters.
            "abcDef", "a1b", "x2", "café", "don’t", "khasan’s", "bezymyannaya", "Безымянная", "озера", "Хасан",
            // CJK runs, punctuation, a word longer than a block.
            "张鼓峰", "哈桑湖", "ハサン湖", "—", "“", "”", "(", ")", ";", "\u{00A0}",
            String(repeating: "abcdefghij", count: 8), String(repeating: "Zz", count: 40),
        ]
        let gaps = [" ", " ", " ", "  ", "\n", "\n\n", ", ", ". ", "-", "—", "", "\t"]
        var rng = LCG(state: 1938)
        var out: [String] = []
        // Dated records whose paragraphs link an incident only through a lower-case "today" or
        // "to-day", at every offset within a block.
        let filler = ["the", "report", "was", "received", "about", "an", "attack", "near", "border", "and"]
        for shift in 0..<64 {
            var text = "RECORD OF AUGUST 7, 1938.\n\n"
            for k in 0..<6 {
                text += String(repeating: "z", count: (shift + k * 11) % 64) + " "
                for _ in 0..<Int(rng.next() % 12) { text += rng.pick(filler) + " " }
                text += (k % 2 == 0 ? "to-day" : "today") + " "
                for _ in 0..<Int(rng.next() % 12) { text += rng.pick(filler) + " " }
                text += "Hill 588.\n\n"
            }
            out.append(text)
        }
        for _ in 0..<60 {
            var text = String(repeating: "x", count: Int(rng.next() % 64))  // shifts everything across block edges
            for _ in 0..<(200 + Int(rng.next() % 300)) {
                text += rng.pick(words)
                text += rng.pick(gaps)
            }
            out.append(text)
        }
        return out
    }

    func testBlocksFindWhatTheByteLoopFinds() {
        for (n, text) in texts().enumerated() {
            let bytes = Array(text.utf8)
            for chunk in [1024, 4099, 1 << 20] {
                let blocks = CollectingSink(document: "", sha256: "")
                let bytewise = CollectingSink(document: "", sha256: "")
                Shared.parser.extract(bytes: bytes, into: blocks, chunkSize: chunk, wordBlocks: true)
                Shared.parser.extract(bytes: bytes, into: bytewise, chunkSize: chunk, wordBlocks: false)
                let a = blocks.extraction, b = bytewise.extraction
                // The first difference only: the whole lists would bury it.
                func first<T: Equatable>(_ x: [T], _ y: [T]) -> String {
                    let i = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
                    return "text \(n), chunk \(chunk), item \(i): \(i < x.count ? "\(x[i])" : "none") vs \(i < y.count ? "\(y[i])" : "none")"
                }
                XCTAssertTrue(a.mentions == b.mentions, first(a.mentions, b.mentions))
                XCTAssertTrue(a.treaties == b.treaties, first(a.treaties, b.treaties))
                XCTAssertTrue(a.relative == b.relative, first(a.relative, b.relative))
                XCTAssertTrue(a.dates == b.dates, first(a.dates, b.dates))
                XCTAssertTrue(a.incidents == b.incidents, first(a.incidents, b.incidents))
            }
        }
    }

    func testEachByteIsClassifiedAboutOnce() {
        // A work-free run of lower-case prose around one name, in one buffer and in many: the
        // finder must not classify the same bytes again and again (it once restarted from its
        // caller's position near the end of the last buffer, which made a 3 MB line take minutes).
        let filler = String(repeating: "the quick brown fox ", count: 20_000)
        let bytes = Array((filler + "Vladivostok " + filler + "Posyet").utf8)
        for chunk in [1 << 20, 64 * 1024, 5000] {
            let sink = CollectingSink(document: "", sha256: "")
            let blocks = Shared.parser.extract(bytes: bytes, into: sink, chunkSize: chunk, wordBlocks: true)
            XCTAssertEqual(sink.extraction.mentions.map(\.surface), ["Vladivostok", "Posyet"], "chunk \(chunk)")
            // About one block per 60 bytes (a block ends before a word that crosses its edge), plus
            // the look-behind and margin each buffer scans again.
            XCTAssertLessThan(blocks, bytes.count / 40 + (bytes.count / chunk + 1) * 300, "chunk \(chunk)")
            XCTAssertGreaterThan(blocks, bytes.count / 64 - 100, "chunk \(chunk): the finder did the work")
        }
    }

    func testTheTextsExerciseWhatTheyAreFor() {
        // The comparison above is only as good as what the texts contain: names, dates and "to-day".
        let all = texts()
        let x = Shared.parser.extract(text: all.joined(separator: "\n\n"))
        XCTAssertGreaterThan(x.mentions.count, 1000)
        let record = Shared.parser.extract(text: all[5])
        XCTAssertEqual(record.incidents.map(\.id), ["hill-588-1938-08-07"], "a lower-case to-day links the incident")
        XCTAssertGreaterThan(x.dates.count, 100)
        XCTAssertTrue(x.mentions.contains { $0.surface.lowercased() == "vladivostok" && $0.surface.first == "v" },
                      "a lower-case name the prefilter lets through")
    }
}
