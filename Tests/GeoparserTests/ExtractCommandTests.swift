import Foundation
import TestSupport
import XCTest

/// `borderlines extract` as a user runs it: formats, exit codes and messages.
final class ExtractCommandTests: XCTestCase {
    private var executable: URL { CommandRunner.executable }

    private func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else { throw XCTSkip("borderlines is not built next to the tests (\(executable.path))") }
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let outPath = dir + "/out", errPath = dir + "/err"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try p.run()
        p.waitUntilExit()
        return (p.terminationStatus, try String(contentsOfFile: outPath, encoding: .utf8), try String(contentsOfFile: errPath, encoding: .utf8))
    }

    private func tempDir() throws -> String { try TestScratch.directory("extract-cli") }

    private func fixture() throws -> (dir: String, data: String) {
        let d = try tempDir()
        let data = d + "/fixture-1938.geojson"
        try FixtureGazetteer.json().write(toFile: data, atomically: true, encoding: .utf8)
        return (d, data)
    }

    func testFormats() throws {
        let (d, data) = try fixture()
        let doc = d + "/doc.txt"
        try "Hill 588 situated 22 kilometers south-west of Grodekovo; the Hunch'un agreement; July 29, 1938.".write(toFile: doc, atomically: true, encoding: .utf8)
        let json = try run(["extract", doc, "--data", data, "--format", "json"])
        XCTAssertEqual(json.status, 0, json.err)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        XCTAssertEqual((object["mentions"] as? [Any])?.count, 2)
        XCTAssertEqual((object["relative"] as? [[String: Any]])?.first?["target"] as? String, "hill-588")
        XCTAssertEqual((object["treaties"] as? [[String: Any]])?.first?["id"] as? String, "hunchun-protocol-1886")
        let geo = try run(["extract", doc, "--data", data, "--format", "geojson"])
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(geo.out.utf8)) as? [String: Any])?["type"] as? String, "FeatureCollection")
        let csv = try run(["extract", doc, "--data", data, "--format", "csv"])
        XCTAssertTrue(csv.out.hasPrefix("record,id,surface,start,end"))
        let table = try run(["extract", doc, "--data", data])
        XCTAssertTrue(table.out.contains("side of claim"), table.out)
        XCTAssertTrue(table.out.contains("hill-588"))
    }

    func testBadInput() throws {
        let (d, data) = try fixture()
        let missing = try run(["extract", d + "/nope.txt", "--data", data])
        XCTAssertEqual(missing.status, 66)
        XCTAssertTrue(missing.err.contains(d + "/nope.txt"), missing.err)
        let directory = try run(["extract", d, "--data", data])
        XCTAssertEqual(directory.status, 66)
        XCTAssertTrue(directory.err.contains("directory"))
        let bin = d + "/x.bin"
        FileManager.default.createFile(atPath: bin, contents: Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]))
        let binary = try run(["extract", bin, "--data", data])
        XCTAssertEqual(binary.status, 65)
        XCTAssertTrue(binary.err.contains("not a text file"), binary.err)
        let empty = d + "/empty.txt"
        FileManager.default.createFile(atPath: empty, contents: Data())
        let e = try run(["extract", empty, "--data", data, "--format", "json"])
        XCTAssertEqual(e.status, 0)
        XCTAssertEqual(((try JSONSerialization.jsonObject(with: Data(e.out.utf8)) as? [String: Any])?["mentions"] as? [Any])?.count, 0)
        let invalid = d + "/bad.txt"
        FileManager.default.createFile(atPath: invalid, contents: Data([0x4D, 0x6F, 0x73, 0x63, 0x6F, 0x77, 0xFF, 0x20, 0xFE, 0x20, 0x54, 0x6F, 0x6B, 0x79, 0x6F]))
        let bad = try run(["extract", invalid, "--data", data, "--format", "json"])
        XCTAssertEqual(bad.status, 0)
        XCTAssertEqual(bad.err.components(separatedBy: "not valid UTF-8").count - 1, 1, "said once: \(bad.err)")
        XCTAssertTrue(bad.out.contains("\"start\": 10"), bad.out)
    }

    /// extract draws no map, so it does not read the basemap: a problem there is validate's (and
    /// render's) to report, and extract runs; a problem anywhere else still stops it.
    func testABasemapProblemIsLeftToValidate() throws {
        let d = try tempDir()
        let doc = d + "/doc.txt", data = d + "/seed-2000.geojson"
        try "Town and the Lake.".write(toFile: doc, atomically: true, encoding: .utf8)
        let header = #"{"type": "FeatureCollection", "borderlines": 1, "dispute": {"title": "Seed", "parties": [{"id": "a", "name": "A"}]}, "features": [{"type": "Feature", "id": "town", "geometry": {"type": "Point", "coordinates": [0.5, 0.5]}, "properties": {"kind": "place", "id": "town", "title": "town", "type": "hill", "names": [{"toponym": "Town", "lang": "en"}], "certainty": "certain"}}"#
        let bowtie = #", {"type": "Feature", "id": "bowtie", "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}, "properties": {"kind": "basemap", "id": "bowtie", "layer": "lake", "place": "town"}}"#
        try (header + bowtie + "]}").write(toFile: data, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["validate", "--data", data]).status, 65)
        let extracted = try run(["extract", doc, "--data", data, "--format", "json"])
        XCTAssertEqual(extracted.status, 0, extracted.err)
        XCTAssertTrue(extracted.out.contains(#""id": "town""#), extracted.out)
        let badPlace = header.replacingOccurrences(of: "[0.5, 0.5]", with: "[0.5, 95]")
        try (badPlace + bowtie + "]}").write(toFile: data, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["extract", doc, "--data", data, "--format", "json"]).status, 65)
    }
}
