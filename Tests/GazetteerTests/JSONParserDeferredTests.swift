import Foundation
import XCTest
@testable import Gazetteer

/// A deferring parse reads exactly as a full one: the same values once read, the same errors at
/// the same line and column, the same nesting limit; only nested number arrays are deferred.
final class JSONParserDeferredTests: XCTestCase {
    /// The package root, from this file's location (Tests/GazetteerTests/…).
    private static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// Every GeoJSON file the repository has: the bundled data, fixtures and fuzz seeds.
    private static let files: [URL] = {
        let dirs = ["GeoData", "Tests/Fixtures/disputes", "Tests/Fixtures/fuzz/geojson"].map { root.appendingPathComponent($0) }
        return dirs.flatMap { dir in
            ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "geojson" }
        }.sorted { $0.path < $1.path }
    }()

    /// Parses `bytes` both ways: both succeed with equal values or both fail with equal errors.
    private func assertSameReading(_ bytes: [UInt8], maxDepth: Int = JSONParser.defaultMaxDepth, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let full = Result { () throws(JSONParseError) -> JSONValue in try JSONParser.parse(bytes, maxDepth: maxDepth) }
        let deferring = Result { () throws(JSONParseError) -> JSONValue in try JSONParser.parse(bytes, maxDepth: maxDepth, deferring: "coordinates") }
        switch (full, deferring) {
        case (.success(let a), .success(let b)): XCTAssertEqual(a, b, what, file: file, line: line)
        case (.failure(let a), .failure(let b)): XCTAssertEqual(a, b, what, file: file, line: line)
        default:
            let a = (try? full.get()) == nil ? "an error" : "a value", b = (try? deferring.get()) == nil ? "an error" : "a value"
            XCTFail("\(what): \(a) parsing in full, \(b) deferring", file: file, line: line)
        }
    }

    func testEveryDataFileReadsTheSame() throws {
        XCTAssertGreaterThan(Self.files.count, 5)
        for url in Self.files {
            assertSameReading(Array(try Data(contentsOf: url)), url.lastPathComponent)
        }
    }

    func testBrokenCoordinatesGiveTheSameErrors() throws {
        let text = """
            {"features": [
              {"geometry": {"type": "Polygon", "coordinates": [[[130.5, 42.25], [130.75, -42.5],
                [100, 0.45], [0.125, 42]]]}, "properties": {"kind": "basemap"}},
              {"geometry": {"type": "Point", "coordinates": [130.59, 42.447]}},
              {"geometry": {"type": "MultiLineString", "coordinates": [[[1, 2], [3, 4]], [], [[5, 6]]]}}
            ]}
            """
        let bytes = Array(text.utf8)
        assertSameReading(bytes, "intact")
        let features = try XCTUnwrap(JSONParser.parse(bytes, deferring: "coordinates").object?["features"]?.array)
        XCTAssertEqual(features.map { $0.object?["geometry"]?.object?.isDeferred("coordinates") }, [true, false, true])
        // Every truncation, and every byte replaced by one that breaks or bends the grammar.
        for cut in 0..<bytes.count { assertSameReading(Array(bytes[..<cut]), "cut at \(cut)") }
        let replacements = Array("x[],-.e+0 \n\"{}".utf8) + [0x0A, 0xFF]
        for i in bytes.indices {
            for r in replacements where r != bytes[i] {
                var broken = bytes
                broken[i] = r
                assertSameReading(broken, "byte \(i) → \(r)")
            }
        }
    }

    func testNumbersTheFullParserRefusesOrReadsSpecially() {
        for number in ["1e999", "-1e999", "01", "-0", "1.", ".5", "-", "1e5", "123456789012345678901234567890", "0.1234567890123456789012345", "NaN", "-Infinity", "1.5e-7"] {
            assertSameReading(Array(#"{"coordinates": [[\#(number), 1]]}"#.utf8), number)
        }
    }

    func testTheNestingLimitIsTheSame() {
        for depth in [3, 4, 5, 6] {
            let nested = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
            for limit in [4, 5, 6] {
                assertSameReading(Array(#"{"a": {"coordinates": \#(nested)}}"#.utf8), maxDepth: limit, "depth \(depth), limit \(limit)")
            }
        }
    }

    func testOnlyArraysOfArraysOfPlainNumbersAreDeferred() throws {
        func deferred(_ coordinates: String) throws -> Bool {
            let v = try JSONParser.parse(Array(#"{"coordinates": \#(coordinates), "other": [[1, 2]]}"#.utf8), deferring: "coordinates")
            let o = try XCTUnwrap(v.object)
            XCTAssertFalse(o.isDeferred("other"), "only the named member")
            return o.isDeferred("coordinates")
        }
        XCTAssertTrue(try deferred("[[130.5, 42.25], [130.75, 42.5]]"))
        XCTAssertTrue(try deferred("[[[1, 2], [3, 4]]]"))
        XCTAssertTrue(try deferred("[ \n [ ] ]"))
        XCTAssertFalse(try deferred("[130.59, 42.447]"), "a Point is parsed in place")
        XCTAssertFalse(try deferred("[[1e2, 3]]"), "exponents are left to the full parser")
        XCTAssertFalse(try deferred(#"[["1", 2]]"#))
        XCTAssertFalse(try deferred("[[1, 2], null]"))
        XCTAssertFalse(try deferred("[]"))
        XCTAssertFalse(try deferred("{}"))
        XCTAssertFalse(try JSONParser.parse(Array(#"{"coordinates": [[1, 2]]}"#.utf8)).object!.isDeferred("coordinates"), "not without `deferring`")
    }

    func testADeferredMemberReadsAsParsedEverywhere() throws {
        let text = #"{"type": "LineString", "coordinates": [[1, 2], [3.5, -4]], "coordinates": [[5, 6]], "z": 1}"#
        let full = try XCTUnwrap(JSONParser.parse(Array(text.utf8)).object)
        let lazy = try XCTUnwrap(JSONParser.parse(Array(text.utf8), deferring: "coordinates").object)
        XCTAssertTrue(lazy.isDeferred("coordinates"))
        XCTAssertEqual(lazy["coordinates"], .array([.array([.number(5), .number(6)])]), "a duplicate keeps its last value")
        XCTAssertEqual(lazy.keys, full.keys)
        XCTAssertEqual(lazy.members.map(\.value), full.members.map(\.value))
        XCTAssertEqual(lazy, full)
    }
}
