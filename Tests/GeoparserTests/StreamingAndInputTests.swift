import Foundation
import XCTest
@testable import Geoparser
import TestSupport

/// Chunk boundaries, invalid UTF-8, empty and binary input, very long lines.
final class StreamingAndInputTests: XCTestCase {
    private let sample = MixedSample.text

    func testSmallChunksGiveTheSameResultAsOneBuffer() {
        let text = String(repeating: sample, count: 40)
        let whole = Shared.parser.extract(text: text)
        for chunk in [1024, 1500, 4099] {
            let sink = CollectingSink(document: "", sha256: whole.sha256)
            Shared.parser.extract(bytes: Array(text.utf8), into: sink, chunkSize: chunk)
            XCTAssertEqual(sink.extraction.mentions, whole.mentions, "chunk \(chunk)")
            XCTAssertEqual(sink.extraction.treaties, whole.treaties, "chunk \(chunk)")
            XCTAssertEqual(sink.extraction.relative, whole.relative, "chunk \(chunk)")
            XCTAssertEqual(sink.extraction.dates, whole.dates, "chunk \(chunk)")
        }
        XCTAssertEqual(whole.mentions.count, 40 * 9)
        assertSpansExact(text)
    }

    func testUTF8RepairMatchesSwiftDecoding() {
        let cases: [[UInt8]] = [
            [0x4D, 0xFF, 0xFE, 0x20, 0x54], [0xE3, 0x81], [0xE3, 0x81, 0x41], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80],
            [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0x80, 0x80, 0x41], Array("張鼓峰".utf8) + [0xE5], [0xE0, 0x80, 0x80],
        ]
        for bytes in cases {
            for split in 0...bytes.count {
                var repair = UTF8Repair()
                var out: [UInt8] = []
                bytes[..<split].withUnsafeBytes { repair.repair($0, final: false, into: &out) }
                bytes[split...].withUnsafeBytes { repair.repair($0, final: true, into: &out) }
                XCTAssertEqual(String(decoding: out, as: UTF8.self), String(decoding: bytes, as: UTF8.self), "\(bytes) split \(split)")
                XCTAssertEqual(repair.sawInvalid, String(validating: bytes, as: UTF8.self) == nil)
            }
        }
    }

    func testInvalidUTF8OffsetsCountTheDecodedText() {
        let bytes: [UInt8] = Array("Moscow ".utf8) + [0xFF, 0xFE] + Array(" and Tokyo ".utf8) + [0xE3, 0x81] + Array(" Japan".utf8)
        let sink = CollectingSink(document: "", sha256: "")
        Shared.parser.extract(bytes: bytes, into: sink)
        let decoded = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        for m in sink.extraction.mentions {
            XCTAssertEqual(String(String.UnicodeScalarView(decoded[m.start..<m.end])), m.surface)
        }
        XCTAssertEqual(sink.extraction.mentions.map(\.start), [0, 14, 22])
    }

    func testEmptyAndBlank() {
        XCTAssertEqual(extract("").mentions, [])
        XCTAssertEqual(extract("\n\n   \n").mentions, [])
    }

    func testVeryLongLine() {
        let filler = String(repeating: "the quick brown fox ", count: 150_000)
        let text = filler + "Vladivostok " + filler + "Posyet"
        let x = extract(text)
        XCTAssertEqual(x.mentions.map(\.surface), ["Vladivostok", "Posyet"])
        XCTAssertEqual(x.mentions.last?.start, text.unicodeScalars.count - 6)
    }

    func testFilesMissingDirectoryBinaryAndInvalid() throws {
        let dir = try TestScratch.directory("geoparser-input")
        XCTAssertThrowsError(try Geoparser.inspect(path: dir + "/missing.txt")) { XCTAssertEqual(($0 as? ExtractError)?.exitCode, 66) }
        XCTAssertThrowsError(try Geoparser.inspect(path: dir)) { XCTAssertEqual(($0 as? ExtractError)?.exitCode, 66) }
        let binary = dir + "/a.bin"
        FileManager.default.createFile(atPath: binary, contents: Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2]))
        XCTAssertThrowsError(try Geoparser.inspect(path: binary)) { XCTAssertEqual(($0 as? ExtractError)?.exitCode, 65) }
        let controls = dir + "/c.bin"
        FileManager.default.createFile(atPath: controls, contents: Data((0..<1000).map { UInt8($0 % 8 + 1) }))
        XCTAssertThrowsError(try Geoparser.inspect(path: controls)) { XCTAssertEqual(($0 as? ExtractError)?.exitCode, 65) }
        let bad = dir + "/bad.txt"
        FileManager.default.createFile(atPath: bad, contents: Data([0x4D, 0x6F, 0x73, 0x63, 0x6F, 0x77, 0x20, 0xFF]))
        let info = try Geoparser.inspect(path: bad)
        XCTAssertTrue(info.invalidUTF8)
        XCTAssertEqual(info.bytes, 8)
        let empty = dir + "/empty.txt"
        FileManager.default.createFile(atPath: empty, contents: Data())
        XCTAssertEqual(try Geoparser.inspect(path: empty).sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let sink = CollectingSink(document: bad, sha256: info.sha256)
        try Shared.parser.extract(path: bad, into: sink)
        XCTAssertEqual(sink.extraction.mentions.map(\.id), ["moscow"])
    }

    func testDigestMatchesKnownValue() {
        var d = DocumentDigest()
        Array("abc".utf8).withUnsafeBytes { d.update($0) }
        XCTAssertEqual(d.finalize(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

/// The output formats: valid JSON in the documented key order, GeoJSON, RFC 4180 CSV, and the table.
final class FormatterTests: XCTestCase {
    private let text = "Hill 588 situated 22 kilometers south-west of Grodekovo, \"the Hunch'un agreement\", July 29, 1938, Lake Tolmachev."

    private func run(_ make: (ByteWriter) -> any ExtractionSink) -> String {
        let writer = ByteWriter()
        Shared.parser.extract(bytes: Array(text.utf8), into: make(writer))
        writer.flush()
        return writer.text
    }

    func testJSON() throws {
        let out = run { JSONFormatter(writer: $0, document: "doc \"1\".txt", sha256: "abc") }
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        XCTAssertEqual(object["document"] as? String, "doc \"1\".txt")
        let keys = ["\"document\"", "\"sha256\"", "\"mentions\"", "\"relative\"", "\"treaties\"", "\"dates\"", "\"incidents\""]
        let positions = keys.map { out.range(of: $0)!.lowerBound }
        XCTAssertEqual(positions, positions.sorted(), "keys in the documented order")
        let mentions = try XCTUnwrap(object["mentions"] as? [[String: Any]])
        XCTAssertEqual(mentions.map { $0["id"] as? String }, ["hill-588", "grodekovo", nil])
        XCTAssertTrue(out.contains("{\"id\": \"hill-588\", \"surface\": \"Hill 588\", \"start\": 0, \"end\": 8, \"kind\": \"hill\", \"coordinate\": [131.180708, 44.273446], \"confidence\": 0.95}"))
        let relative = try XCTUnwrap((object["relative"] as? [[String: Any]])?.first)
        XCTAssertEqual(relative["target"] as? String, "hill-588")
        XCTAssertEqual(relative["distance_m"] as? Int, 22000)
        XCTAssertEqual((object["treaties"] as? [[String: Any]])?.first?["id"] as? String, "hunchun-protocol-1886")
        XCTAssertEqual((object["dates"] as? [[String: Any]])?.first?["date"] as? String, "1938-07-29")
        XCTAssertEqual(run { JSONFormatter(writer: $0, document: "d", sha256: "s") }, out.replacingOccurrences(of: "doc \\\"1\\\".txt", with: "d").replacingOccurrences(of: "\"abc\"", with: "\"s\""), "deterministic")
    }

    func testGeoJSON() throws {
        let out = run { GeoJSONFormatter(writer: $0, document: "d", sha256: "s") }
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        XCTAssertEqual(object["type"] as? String, "FeatureCollection")
        let features = try XCTUnwrap(object["features"] as? [[String: Any]])
        XCTAssertEqual(features.count, 4)
        let kinds = features.map { ($0["properties"] as? [String: Any])?["kind"] as? String }
        XCTAssertEqual(kinds, ["hill", "settlement", "lake", "relative"])
        XCTAssertTrue(features[2]["geometry"] is NSNull)
    }

    func testCSVQuoting() {
        let out = run { CSVFormatter(writer: $0) }
        let lines = out.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.first, CSVFormatter.header.joined(separator: ","))
        XCTAssertTrue(out.contains("relative,hill-588,22 kilometers south-west of Grodekovo,"))
        XCTAssertEqual(String(decoding: CSVFormatter.row(["a,b", "say \"hi\"", "x\ny", "plain"]), as: UTF8.self), "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",plain\r\n")
    }

    func testTableHasASideOfClaimColumn() {
        let x = Shared.parser.extract(text: text, document: "d")
        let plain = TableFormatter().render(x)
        XCTAssertTrue(plain.contains("side of claim"))
        XCTAssertTrue(plain.contains("Hill 588"))
        let filled = TableFormatter(sideOfClaim: { $0.id == "hill-588" ? "USSR side" : nil }).render(x)
        XCTAssertTrue(filled.contains("USSR side"))
        XCTAssertTrue(TableFormatter.table(title: "T", header: ["a", "b"], rows: [["張鼓峰", "x"]]).contains("張鼓峰  x"))
    }
}
