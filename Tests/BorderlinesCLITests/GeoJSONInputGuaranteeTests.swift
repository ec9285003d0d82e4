import Foundation
import TestSupport
import XCTest

/// Issue 7, GeoJSON inputs: every bad dispute file is refused by `validate` and `render` with
/// exit 65, a message naming the file (and feature and field where there is one) and what to
/// do, and no output file created or overwritten.
final class GeoJSONInputGuaranteeTests: XCTestCase {
    /// Writes `text` as a dispute file and asserts that both commands refuse it.
    private func assertBadData(_ text: String, _ keywords: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let data = try s.write(text, to: "testland-2000.geojson")
        let existing = try s.write("an older map", to: "map.png")
        let absent = s.path("map.svg")
        let refusal = Refusal(status: 65, keywords: ["testland-2000.geojson"] + keywords)
        try assertRefused(["validate", data], refusal, file: file, line: line)
        try assertRefused(["render", "--data", data, "-o", existing], refusal, untouched: [existing], file: file, line: line)
        try assertRefused(["render", "--data", data, "-o", absent], refusal, untouched: [absent], file: file, line: line)
    }

    /// Replaces the coordinates of the hill "cerro-prueba" with raw JSON text.
    private func withHillCoordinates(_ raw: String) throws -> String {
        let marker = "\"__coordinates__\""
        let text = try TestlandFixture.mutated { root in
            TestlandFixture.feature("cerro-prueba", in: &root) { f in
                var g = f["geometry"] as! [String: Any]
                g["coordinates"] = "__coordinates__"
                f["geometry"] = g
            }
        }
        return text.replacingOccurrences(of: marker, with: raw)
    }

    func testTheUnchangedFixtureIsValid() throws {
        let r = try CommandRunner.run(["validate", TestlandFixture.path])
        XCTAssertEqual(r.status, 0, r.stderr)
    }

    func testNotJSONTruncatedAndDeepNesting() throws {
        try assertBadData("this is not JSON", ["not valid JSON", "1:1"])
        let full = try TestlandFixture.text
        try assertBadData(String(full.prefix(full.utf8.count / 2)), ["truncated"])
        try assertBadData(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000), ["nesting", "512"])
    }

    func testAByteOrderMarkIsAccepted() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let data = try s.write([0xEF, 0xBB, 0xBF] + Array(try TestlandFixture.text.utf8), to: "testland-2000.geojson")
        let r = try CommandRunner.run(["validate", data])
        XCTAssertEqual(r.status, 0, "a UTF-8 BOM is harmless and common from Windows editors: \(r.stderr)")
    }

    func testWrongTopLevelType() throws {
        try assertBadData("[1, 2, 3]", ["array", "FeatureCollection"])
        try assertBadData(#"{"type": "Feature", "geometry": null, "properties": {}}"#, ["Feature", "FeatureCollection"])
    }

    func testNullMissingAndWrongGeometry() throws {
        try assertBadData(try TestlandFixture.mutated { root in
            TestlandFixture.feature("claim-alta", in: &root) { $0["geometry"] = NSNull() }
        }, ["claim-alta", "geometry", "LineString"])
        try assertBadData(try TestlandFixture.mutated { root in
            TestlandFixture.feature("claim-alta", in: &root) { $0.removeValue(forKey: "geometry") }
        }, ["claim-alta", "geometry", "missing"])
    }

    func testUnknownKind() throws {
        try assertBadData(try TestlandFixture.mutated { root in
            TestlandFixture.setProperty("kind", of: "mojon-sur", to: "volcano", in: &root)
        }, ["mojon-sur", "kind", "volcano", "use one of"])
    }

    func testCoordinatesThatAreNotUsableNumbers() throws {
        try assertBadData(try withHillCoordinates(#"["-68.7", "-22.5"]"#), ["cerro-prueba", "coordinates", "number", "without quotes"])
        try assertBadData(try withHillCoordinates("[NaN, -22.5]"), ["NaN"])
        try assertBadData(try withHillCoordinates("[Infinity, -22.5]"), ["Infinity"])
        try assertBadData(try withHillCoordinates("[-Infinity, -22.5]"), ["Infinity"])
        try assertBadData(try withHillCoordinates("[1e400, -22.5]"), ["out of range"])
        try assertBadData(try withHillCoordinates("[-268.7, -22.5]"), ["cerro-prueba", "out of range", "longitude"])
        try assertBadData(try withHillCoordinates("[-68.7, 95]"), ["cerro-prueba", "out of range", "latitude"])
        try assertBadData(try withHillCoordinates("[-68.7]"), ["cerro-prueba", "coordinates"])
    }

    func testTooFewPositions() throws {
        try assertBadData(try TestlandFixture.mutated { root in
            TestlandFixture.feature("claim-baja", in: &root) { f in
                var g = f["geometry"] as! [String: Any]
                g["coordinates"] = [[-68.7, -22.5]]
                f["geometry"] = g
            }
        }, ["claim-baja", "coordinates", "at least 2", "use a Point"])
    }

    func testUnclosedAndSelfIntersectingRings() throws {
        try assertBadData(try TestlandFixture.mutated { root in
            TestlandFixture.feature("basemap-laguna-ficticia", in: &root) { f in
                var g = f["geometry"] as! [String: Any]
                var rings = g["coordinates"] as! [[[Double]]]
                rings[0].removeLast()
                g["coordinates"] = rings
                f["geometry"] = g
            }
        }, ["basemap-laguna-ficticia", "not closed", "repeat the first position"])
        try assertBadData(try TestlandFixture.mutated { root in
            TestlandFixture.feature("basemap-laguna-ficticia", in: &root) { f in
                f["geometry"] = ["type": "Polygon",
                                 "coordinates": [[[-68.6, -22.4], [-68.5, -22.3], [-68.5, -22.4], [-68.6, -22.3], [-68.6, -22.4]]]]
            }
        }, ["basemap-laguna-ficticia", "Self-intersection", "fix the ring"])
    }

    func testDuplicateIdsAndDanglingReferences() throws {
        try assertBadData(try TestlandFixture.mutated { root in
            TestlandFixture.feature("mojon-sur", in: &root) { f in
                f["id"] = "mojon-norte"
                var p = f["properties"] as! [String: Any]
                p["id"] = "mojon-norte"
                f["properties"] = p
            }
        }, ["mojon-norte", "duplicate id"])
        try assertBadData(try TestlandFixture.mutated { root in
            TestlandFixture.setProperty("place", of: "alta-patrol-west-2000-03-04", to: "nowhere-hill", in: &root)
        }, ["alta-patrol-west-2000-03-04", "place", "nowhere-hill"])
        try assertBadData(try TestlandFixture.mutated { root in
            TestlandFixture.setProperty("claimant", of: "claim-alta", to: "gamma", in: &root)
        }, ["claim-alta", "claimant", "gamma"])
    }

    /// A million-vertex claim is refused quickly, with the limit and how to raise it.
    func testAMillionVertexLineIsRefusedWithARaisableLimit() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        // The claim "claim-alta" as a million-vertex zigzag across its own extent.
        var coords = "[-68.9,-22.8]"
        coords.reserveCapacity(24_000_000)
        for i in 1..<1_000_000 { coords += ",[\(-68.9 + Double(i) * 3e-7),\(i % 2 == 0 ? -22.8 : -22.7999)]" }
        let text = try TestlandFixture.mutated { root in
            TestlandFixture.feature("claim-alta", in: &root) { f in f["geometry"] = ["type": "LineString", "coordinates": "__coords__"] }
        }.replacingOccurrences(of: #""__coords__""#, with: "[\(coords)]")
        let data = try s.write(text, to: "testland-2000.geojson")
        let out = s.path("map.png")
        let started = Date()
        try assertRefused(["render", "--data", data, "-o", out],
                          Refusal(status: 65, keywords: ["testland-2000.geojson", "positions", "BORDERLINES_MAX_VERTICES"]),
                          untouched: [out])
        XCTAssertLessThan(Date().timeIntervalSince(started), 60, "refused in bounded time")
    }

    /// A file over the size limit is refused before it is read, naming the limit's variable;
    /// raising the limit lets it through.
    func testAnOversizedFileIsRefusedAndTheLimitCanBeRaised() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        // 2 MB of valid JSON (the fixture padded with whitespace) against a 1 MB limit.
        let text = try TestlandFixture.text + String(repeating: " ", count: 2 << 20)
        let data = try s.write(text, to: "testland-2000.geojson")
        try assertRefused(["validate", data], Refusal(status: 65, keywords: ["testland-2000.geojson", "3 MB", "1 MB", "BORDERLINES_MAX_DATA_MB"]),
                          environment: ["BORDERLINES_MAX_DATA_MB": "1"])
        let raised = try CommandRunner.run(["validate", data], environment: ["BORDERLINES_MAX_DATA_MB": "3"])
        XCTAssertEqual(raised.status, 0, raised.stderr)
    }

    func testMissingFileAndDirectoryWithoutDisputes() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        try assertRefused(["validate", s.path("nope.geojson")], Refusal(status: 66, keywords: ["nope.geojson"]))
        try assertRefused(["render", "--data", s.path("nope.geojson"), "-o", s.path("m.png")],
                          Refusal(status: 66, keywords: ["nope.geojson"]), untouched: [s.path("m.png")])
    }
}
