import Foundation
import TestSupport
import XCTest

final class ValidateAndListCommandTests: XCTestCase {
    /// A small valid dispute written by the test.
    static let valid = """
    {"type": "FeatureCollection", "borderlines": 1,
     "dispute": {"title": "Ridge dispute", "period": "1938-07/1938-08",
                 "parties": [{"id": "north", "name": "North"}, {"id": "south", "name": "South"}]},
     "sources": [{"id": "memo", "kind": "document", "title": "Memo", "file": "memo.txt"}],
     "features": [
      {"type": "Feature", "id": "ridge", "geometry": {"type": "Point", "coordinates": [10.0, 50.0]},
       "properties": {"kind": "place", "id": "ridge", "title": "Ridge", "type": "hill", "certainty": "uncertain", "uncertainty_m": 800,
                      "names": [{"toponym": "Ridge", "lang": "en"}, {"toponym": "張鼓峰", "lang": "ja"}]}},
      {"type": "Feature", "id": "claim-north", "geometry": {"type": "LineString", "coordinates": [[10.0, 49.9], [10.0, 50.1]]},
       "properties": {"kind": "claim", "id": "claim-north", "title": "North line", "claimant": "north", "basis": "map",
                      "certainty": "uncertain", "citations": [{"source": "memo", "span": [0, 5], "quote": "North"}]}},
      {"type": "Feature", "id": "clash", "geometry": null,
       "properties": {"kind": "incident", "id": "clash", "title": "Clash", "date": "1938-07-29", "place": "ridge",
                      "parties": ["north"], "summary": "A clash."}}
     ]}
    """

    private func write(_ text: String, name: String = "ridge-1938.geojson") throws -> (dir: String, path: String) {
        let dir = try CommandRunner.temporaryDirectory()
        let path = (dir as NSString).appendingPathComponent(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try "North holds the ridge.".write(toFile: (dir as NSString).appendingPathComponent("memo.txt"), atomically: true, encoding: .utf8)
        return (dir, path)
    }

    func testVersionAndHelp() throws {
        let version = try CommandRunner.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertFalse(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        let help = try CommandRunner.run(["--help"])
        XCTAssertEqual(help.status, 0)
        for sub in ["list", "validate"] { XCTAssertTrue(help.stdout.contains(sub), "help lists \(sub)") }
    }

    func testUnknownSubcommandIsAUsageError() throws {
        let r = try CommandRunner.run(["frobnicate"])
        XCTAssertEqual(r.status, 64)
    }

    func testValidateAcceptsAValidFileAndChecksSpans() throws {
        let (dir, path) = try write(Self.valid)
        let r = try CommandRunner.run(["validate", path, "--document", (dir as NSString).appendingPathComponent("memo.txt")])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("ok"), r.stdout)
        XCTAssertTrue(r.stdout.contains("citation spans checked"), r.stdout)
    }

    func testValidateReportsBadDataWithFileFeatureAndField() throws {
        let broken = Self.valid.replacingOccurrences(of: "\"place\": \"ridge\"", with: "\"place\": \"rdge\"")
            .replacingOccurrences(of: "[10.0, 50.0]", with: "[10.0, 95.0]")
        let (_, path) = try write(broken)
        let r = try CommandRunner.run(["validate", path])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("ridge-1938.geojson"), r.stderr)
        XCTAssertTrue(r.stderr.contains("feature \"ridge\"") && r.stderr.contains("out of range"), r.stderr)
        XCTAssertTrue(r.stderr.contains("feature \"clash\"") && r.stderr.contains("properties.place"), r.stderr)
    }

    func testValidateReportsNotJSONWithLine() throws {
        let (_, path) = try write("{\n\"type\": \"FeatureCollection\",\n\"features\": [\n")
        let r = try CommandRunner.run(["validate", path])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("not valid JSON"), r.stderr)
        XCTAssertTrue(r.stderr.contains("ridge-1938.geojson:4"), r.stderr)
    }

    func testMissingFileExits66() throws {
        let r = try CommandRunner.run(["validate", "/nonexistent/dispute.geojson"])
        XCTAssertEqual(r.status, 66)
        XCTAssertTrue(r.stderr.contains("/nonexistent/dispute.geojson"), r.stderr)
        let l = try CommandRunner.run(["list", "--data", "/nonexistent"])
        XCTAssertEqual(l.status, 66)
    }

    func testListJSONHasTheDocumentedSchema() throws {
        let (_, path) = try write(Self.valid)
        let r = try CommandRunner.run(["list", "--json", "--data", path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let disputes = try XCTUnwrap(object["disputes"] as? [[String: Any]])
        XCTAssertEqual(disputes.first?["id"] as? String, "ridge-1938")
        XCTAssertEqual(disputes.first?["title"] as? String, "Ridge dispute")
        let claims = try XCTUnwrap(object["claims"] as? [[String: Any]])
        XCTAssertEqual(claims.first?["claimant"] as? String, "north")
        XCTAssertEqual(claims.first?["dispute"] as? String, "ridge-1938")
        let incidents = try XCTUnwrap(object["incidents"] as? [[String: Any]])
        XCTAssertEqual(incidents.first?["date"] as? String, "1938-07-29")
        XCTAssertEqual(incidents.first?["place"] as? String, "ridge")
        let places = try XCTUnwrap(object["places"] as? [[String: Any]])
        XCTAssertEqual(places.first?["type"] as? String, "hill")
        XCTAssertEqual(places.first?["coordinate"] as? [Double], [10.0, 50.0])
    }

    func testListTableShowsEveryKind() throws {
        let (_, path) = try write(Self.valid)
        let r = try CommandRunner.run(["list", "--data", path])
        XCTAssertEqual(r.status, 0, r.stderr)
        for text in ["DISPUTES", "ridge-1938", "CLAIMS", "claim-north", "INCIDENTS", "clash", "1938-07-29", "PLACES", "±800 m"] {
            XCTAssertTrue(r.stdout.contains(text), "table shows \(text):\n\(r.stdout)")
        }
    }

    func testInvalidDataMakesListFailWithoutOutput() throws {
        let (_, path) = try write(Self.valid.replacingOccurrences(of: "\"claimant\": \"north\"", with: "\"claimant\": \"east\""))
        let r = try CommandRunner.run(["list", "--data", path])
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.contains("unknown party \"east\""), r.stderr)
    }
}
