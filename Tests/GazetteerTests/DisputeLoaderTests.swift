import Foundation
import XCTest
@testable import Gazetteer
import TestSupport

final class DisputeLoaderTests: XCTestCase {
    /// Loads a fixture and returns the diagnostics (errors and warnings) of loading plus validation.
    private func diagnostics(_ fixture: DisputeFixture, text: String? = nil, documents: [SourceDocument] = []) throws -> [Diagnostic] {
        let path = try fixture.write(text: text)
        let loaded = try DisputeLoader.load(path: path)
        guard let dispute = loaded.dispute else { return loaded.diagnostics }
        return loaded.diagnostics + DisputeValidator.validate(dispute, documents: documents)
    }

    private func assertError(_ diagnostics: [Diagnostic], contains words: [String], file: StaticString = #filePath, line: UInt = #line) {
        let errors = diagnostics.filter { $0.severity == .error }.map(\.description)
        XCTAssertTrue(errors.contains { e in words.allSatisfy { e.contains($0) } },
                      "no error containing \(words) in:\n\(errors.joined(separator: "\n"))", file: file, line: line)
    }

    func testValidFixtureLoadsCleanly() throws {
        let path = try DisputeFixture().write()
        let loaded = try DisputeLoader.load(path: path)
        let dispute = try XCTUnwrap(loaded.dispute)
        XCTAssertEqual(loaded.diagnostics.filter { $0.severity == .error }, [])
        XCTAssertEqual(dispute.id, "test-dispute")
        XCTAssertEqual(dispute.places.map(\.id), ["ridge", "pond"])
        XCTAssertEqual(dispute.claims.map(\.claimant), ["north", "south"])
        XCTAssertEqual(dispute.incidents.first?.coordinate, Coordinate(lon: 10, lat: 50), "incident takes its place's point")
        XCTAssertEqual(dispute.events.map(\.id), ["talks"])
        XCTAssertEqual(dispute.basemap.first?.layer, .lake)
        XCTAssertEqual(dispute.place("ridge")?.label(in: "ru"), "Хребет")
        XCTAssertEqual(dispute.place("ridge")?.label(in: "ja"), "Ridge Hill", "falls back to English")
        XCTAssertEqual(DisputeValidator.validate(dispute).filter { $0.severity == .error }, [])
    }

    func testNotJSONNamesLineAndColumn() throws {
        let d = try diagnostics(DisputeFixture(), text: "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [,]\n}")
        assertError(d, contains: ["test-dispute.geojson:3:", "not valid JSON"])
    }

    func testWrongTopLevelType() throws {
        assertError(try diagnostics(DisputeFixture(), text: "[1, 2]"), contains: ["top level is an array"])
        assertError(try diagnostics(DisputeFixture(), text: #"{"type": "Feature"}"#), contains: ["expected \"FeatureCollection\""])
    }

    func testWrongFieldTypes() throws {
        var f = DisputeFixture()
        f.setProperty("ridge", "certainty", 3)
        f.setProperty("ridge", "uncertainty_m", "big")
        let d = try diagnostics(f)
        assertError(d, contains: ["feature \"ridge\"", "properties.certainty", "expected a string, found a number"])
        assertError(d, contains: ["feature \"ridge\"", "properties.uncertainty_m", "expected a number"])
    }

    func testUnknownCertaintyAndKind() throws {
        var f = DisputeFixture()
        f.setProperty("ridge", "certainty", "maybe")
        f.setProperty("pond", "kind", "mountain")
        let d = try diagnostics(f)
        assertError(d, contains: ["\"maybe\" is not a certainty", "less-certain"])
        assertError(d, contains: ["feature \"pond\"", "unknown kind \"mountain\""])
    }

    func testCoordinatesOutOfRangeOrNotNumbers() throws {
        var f = DisputeFixture()
        f.setGeometry("ridge", ["type": "Point", "coordinates": [50.0, 130.0]])
        f.setGeometry("pond", ["type": "Point", "coordinates": ["10", 50]])
        let d = try diagnostics(f)
        assertError(d, contains: ["feature \"ridge\"", "geometry.coordinates", "out of range", "[longitude, latitude]"])
        assertError(d, contains: ["feature \"pond\"", "must be numbers"])
    }

    func testTooFewPositionsAndUnclosedRing() throws {
        var f = DisputeFixture()
        f.setGeometry("claim-north", ["type": "LineString", "coordinates": [[10.0, 49.9]]])
        f.features[6]["geometry"] = ["type": "Polygon", "coordinates": [[[10.0, 50.0], [10.1, 50.0], [10.1, 50.1], [10.0, 50.1]]]]
        let d = try diagnostics(f)
        assertError(d, contains: ["feature \"claim-north\"", "has 1 position", "at least 2"])
        assertError(d, contains: ["geometry.coordinates[0]", "ring is not closed"])
    }

    func testSelfIntersectingRingReportsGEOSReason() throws {
        var f = DisputeFixture()
        f.features[6]["geometry"] = ["type": "Polygon", "coordinates": [[[10.0, 50.0], [10.1, 50.1], [10.1, 50.0], [10.0, 50.1], [10.0, 50.0]]]]
        assertError(try diagnostics(f), contains: ["invalid polygon", "Self-intersection", "at [10.05, 50.05]"])
    }

    func testClaimSideMustBeLeftOrRight() throws {
        var f = DisputeFixture()
        f.setProperty("claim-north", "side", "east")
        assertError(try diagnostics(f), contains: ["feature \"claim-north\"", "properties.side", "\"left\" or \"right\""])
        f.setProperty("claim-north", "side", "right")
        let path = try f.write()
        XCTAssertEqual(try DisputeLoader.load(path: path).dispute?.claims.first?.side, .right)
    }

    func testTooManyPositionsAreRefusedWithALimitThatCanBeRaised() throws {
        var f = DisputeFixture()
        let many = (0...FieldReader.maxPositions).map { [10.0 + Double($0) * 1e-7, 50.0] }
        f.setGeometry("claim-south", ["type": "LineString", "coordinates": many])
        assertError(try diagnostics(f), contains: ["feature \"claim-south\"", "more than \(FieldReader.maxPositions) positions", "BORDERLINES_MAX_VERTICES"])
    }

    func testDuplicateIds() throws {
        var f = DisputeFixture()
        f.features.append(DisputeFixture.place("ridge", [11, 51]))
        assertError(try diagnostics(f), contains: ["feature \"ridge\"", "duplicate id"])
    }

    func testDanglingReferencesSuggestTheNearestId() throws {
        var f = DisputeFixture()
        f.setProperty("clash", "place", "ridg")
        f.setProperty("claim-south", "claimant", "sooth")
        let d = try diagnostics(f)
        assertError(d, contains: ["feature \"clash\"", "properties.place", "unknown place \"ridg\"", "did you mean \"ridge\""])
        assertError(d, contains: ["feature \"claim-south\"", "unknown party \"sooth\"", "\"south\""])
    }

    func testClaimWithoutClaimant() throws {
        var f = DisputeFixture()
        f.setProperty("claim-north", "claimant", nil)
        assertError(try diagnostics(f), contains: ["feature \"claim-north\"", "properties.claimant", "missing"])
    }

    func testCitationSpanOutsideTheDocument() throws {
        var f = DisputeFixture()
        f.setProperty("claim-north", "citations", [["source": "memo", "span": [30, 500]]])
        let doc = SourceDocument(path: "/somewhere/memo.txt", bytes: Array(DisputeFixture.memoText.utf8))
        assertError(try diagnostics(f, documents: [doc]), contains: ["feature \"claim-north\"", "span [30, 500] is outside memo.txt"])
    }

    func testQuoteMustMatchTheDocument() throws {
        var f = DisputeFixture()
        f.setProperty("claim-north", "citations", [["source": "memo", "span": [0, 5], "quote": "South"]])
        let doc = SourceDocument(path: "memo.txt", bytes: Array(DisputeFixture.memoText.utf8))
        assertError(try diagnostics(f, documents: [doc]), contains: ["quote \"South\" does not match", "\"North\""])
        // Without the document the span cannot be checked, and nothing is reported.
        XCTAssertFalse(try diagnostics(f).hasErrors)
    }

    func testDocumentChecksumMismatch() throws {
        var f = DisputeFixture()
        f.sources[0]["sha256"] = String(repeating: "0", count: 64)
        let doc = SourceDocument(path: "memo.txt", bytes: Array(DisputeFixture.memoText.utf8))
        assertError(try diagnostics(f, documents: [doc]), contains: ["sha256", "another edition"])
    }

    func testUnknownCitationSource() throws {
        var f = DisputeFixture()
        f.setProperty("clash", "citations", [["source": "memoo"]])
        assertError(try diagnostics(f), contains: ["unknown source \"memoo\"", "did you mean \"memo\""])
    }

    func testMissingFileAndDirectoryAreReadErrors() throws {
        XCTAssertThrowsError(try DisputeLoader.load(path: "/nonexistent/x.geojson")) { error in
            guard case GazetteerError.cannotRead(_, let reason) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(reason.contains("no such file"))
            XCTAssertEqual((error as? GazetteerError)?.exitCode, 66)
        }
        let dir = try TestScratch.directory("gazetteer-tests")
        XCTAssertThrowsError(try DisputeLoader.load(path: dir)) { error in
            XCTAssertTrue("\(error)".contains("is a directory"))
        }
    }

    func testGazetteerLoadsDirectoriesAndRejectsBadData() throws {
        let path = try DisputeFixture().write()
        let dir = (path as NSString).deletingLastPathComponent
        let g = try Gazetteer.load(paths: [dir])
        XCTAssertEqual(g.disputes.map(\.id), ["test-dispute"])
        XCTAssertEqual(g.makeNameIndex().placeIDs(for: "ridge hill"), ["ridge"])
        var bad = DisputeFixture()
        bad.setProperty("clash", "place", "nowhere")
        XCTAssertThrowsError(try Gazetteer.load(paths: [try bad.write()])) { error in
            guard case GazetteerError.invalidData(let d) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(d.contains { $0.description.contains("nowhere") })
        }
    }

    /// Loading without the basemap (extract) reads everything else, and reports everything else,
    /// exactly as a full load does: the bundled data and fixtures broken outside the basemap.
    func testWithoutTheBasemapEverythingElseReadsTheSame() throws {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        var paths = ["khasan-1938", "nomonhan-1939"].map { root.appendingPathComponent("GeoData/\($0).geojson").path }
        var claimBroken = DisputeFixture(), pointBroken = DisputeFixture(), notJSON = DisputeFixture()
        claimBroken.setGeometry("claim-north", ["type": "LineString", "coordinates": [[10.0, 49.9], [10.0, 95.0]]])
        pointBroken.setGeometry("pond", ["type": "Polygon", "coordinates": [[[10.0, 50.0], [10.1, 50.0], [10.0, 50.0]]]])
        claimBroken.setProperty("clash", "place", "nowhere")
        paths.append(try claimBroken.write())
        paths.append(try pointBroken.write())
        paths.append(try notJSON.write(text: "{\"type\": \"FeatureCollection\", \"features\": [{\"geometry\": {\"coordinates\": [[1, 2]]}}, ]}"))
        for path in paths {
            let full = try DisputeLoader.load(path: path)
            let lean = try DisputeLoader.load(path: path, readBasemap: false)
            XCTAssertEqual(lean.diagnostics, full.diagnostics, path)
            var expected = full.dispute
            expected?.basemap = []
            XCTAssertEqual(lean.dispute, expected, path)
            // Checks report nothing the full load does not (only basemap problems go missing).
            if let d = full.dispute, let l = lean.dispute {
                let all = DisputeValidator.validate(d)
                XCTAssertTrue(DisputeValidator.validate(l).allSatisfy { all.contains($0) }, path)
            }
        }
    }

    func testWithoutTheBasemapItsProblemsAreLeftToValidate() throws {
        var f = DisputeFixture()
        f.features[6]["geometry"] = ["type": "Polygon", "coordinates": [[[10.0, 50.0], [10.1, 50.1], [10.1, 50.0], [10.0, 50.1], [10.0, 50.0]]]]
        let path = try f.write()
        XCTAssertThrowsError(try Gazetteer.load(paths: [path]))
        XCTAssertEqual(try Gazetteer.load(paths: [path], readBasemap: false).disputes.first?.basemap, [])
    }

    func testMessagesCarryTheFeatureLine() throws {
        var f = DisputeFixture()
        f.setProperty("clash", "place", "nowhere")
        let d = try diagnostics(f).first { $0.description.contains("nowhere") }
        XCTAssertNotNil(d?.line, "reference errors name the feature's line")
    }
}
