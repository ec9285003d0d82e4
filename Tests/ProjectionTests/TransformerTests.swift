import XCTest
@testable import Projection
import CProj
import TestSupport

/// CRS-to-CRS transforms in lon/lat order, bulk and single, and PROJ's messages on failure.
final class TransformerTests: XCTestCase {
    private let khasan = Coordinate(lon: 130.59, lat: 42.44)

    func testUTM52NKnownAnswerAndInverse() throws {
        let utm = try Transformer(from: "EPSG:4326", to: "EPSG:32652")
        let p = try utm.forward(khasan)
        XCTAssertEqual(p.x, 630_770.51, accuracy: 0.01)
        XCTAssertEqual(p.y, 4_699_855.42, accuracy: 0.01)
        let back = try utm.inverse(p)
        XCTAssertEqual(back.lon, khasan.lon, accuracy: 1e-10)
        XCTAssertEqual(back.lat, khasan.lat, accuracy: 1e-10)
    }

    func testLonLatOrderOnBothSidesEvenForGeographicTargets() throws {
        // EPSG:4326 → EPSG:4326 is the identity only if both sides are normalised to lon/lat.
        let same = try Transformer(from: "EPSG:4326", to: "EPSG:4326")
        XCTAssertEqual(try same.forward(khasan), khasan)
        // The same point given as a PROJ string and as WKT lands on the same metres.
        let proj = try Transformer(from: "+proj=longlat +datum=WGS84 +no_defs +type=crs", to: "+proj=utm +zone=52 +datum=WGS84 +type=crs")
        let viaString = try proj.forward(khasan)
        XCTAssertEqual(viaString.x, 630_770.51, accuracy: 0.01)
        XCTAssertEqual(viaString.y, 4_699_855.42, accuracy: 0.01)
    }

    func testBulkEqualsPointByPointExactly() throws {
        let utm = try Transformer(from: "EPSG:4326", to: "EPSG:32652")
        let points = (0..<1000).map { i in Coordinate(lon: 129.5 + Double(i % 40) * 0.05, lat: 41.5 + Double(i / 40) * 0.05) }
        let bulk = try utm.forward(points)
        XCTAssertEqual(bulk.count, points.count)
        for (p, b) in zip(points, bulk) { XCTAssertEqual(try utm.forward(p), b) }
        let back = try utm.inverse(bulk)
        for (p, b) in zip(points, back) {
            XCTAssertEqual(b.lon, p.lon, accuracy: 1e-10)
            XCTAssertEqual(b.lat, p.lat, accuracy: 1e-10)
        }
        XCTAssertEqual(try utm.forward([Coordinate]()), [])
    }

    func testInvalidCRSThrowsWithPROJsMessage() {
        func message(_ target: String) -> String? {
            do {
                _ = try Transformer(from: "EPSG:4326", to: target)
                XCTFail("\(target) should fail")
                return nil
            } catch {
                return error.message
            }
        }
        XCTAssertEqual(message("EPSG:999999"), "proj_create: crs not found")
        XCTAssertTrue(message("+proj=nonsense +type=crs")?.contains("Unknown projection") ?? false)
        XCTAssertTrue(message("garbage")?.contains("unrecognized format / unknown name") ?? false)
        do {
            _ = try Transformer(from: "EPSG:4326", to: "EPSG:999999")
        } catch {
            XCTAssertEqual(error.operation, "create EPSG:4326 → EPSG:999999")
            XCTAssertEqual(error.description, "PROJ create EPSG:4326 → EPSG:999999 failed: proj_create: crs not found")
        }
    }

    func testFailedPointsAreErrorsNamingTheInput() throws {
        let utm = try Transformer(from: "EPSG:4326", to: "EPSG:32652")
        let bad = Coordinate(lon: 130, lat: 95)
        XCTAssertThrowsError(try utm.forward(bad)) { error in
            XCTAssertTrue("\(error)".contains("\(bad)"), "\(error)")
        }
        XCTAssertThrowsError(try utm.forward([khasan, khasan, bad, khasan])) { error in
            XCTAssertTrue("\(error)".contains("coordinate 2 \(bad)"), "\(error)")
        }
        // The transformer is still usable after a failure.
        XCTAssertEqual(try utm.forward(khasan).x, 630_770.51, accuracy: 0.01)
    }

    func testContextHasNetworkOffAndFindsProjDB() throws {
        let context = ProjectionContext()
        XCTAssertEqual(proj_context_is_network_enabled(context.handle), 0)
        let path = try XCTUnwrap(context.databasePath)
        XCTAssertTrue(path.hasSuffix("proj.db"), path)
    }

    func testMissingProjDBIsNamedInTheError() throws {
        // Simulate a machine without proj-data: a context that searches an empty directory.
        let empty = try URL(fileURLWithPath: TestScratch.directory("no-proj-data"))
        defer { try? FileManager.default.removeItem(at: empty) }
        let context = ProjectionContext()
        empty.path.withCString { path in
            var paths: [UnsafePointer<CChar>?] = [path]
            proj_context_set_search_paths(context.handle, 1, &paths)
        }
        XCTAssertNil(context.databasePath)
        XCTAssertThrowsError(try Transformer(from: "EPSG:4326", to: "EPSG:32652", context: context)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("proj.db was not found: proj-data may be missing"), text)
        }
        // A PROJ string needs no database, so it still works there.
        XCTAssertNoThrow(try Transformer(from: "+proj=longlat +ellps=WGS84 +type=crs", to: "+proj=sterea +lat_0=42 +lon_0=130 +ellps=WGS84 +type=crs", context: context))
    }

    func testEachTaskUsesItsOwnContext() async throws {
        // PROJ contexts are not thread-safe: each child task builds its own, returns only Coordinates.
        let results = try await withThrowingTaskGroup(of: Coordinate.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    try Transformer(from: "EPSG:4326", to: "EPSG:32652", context: ProjectionContext())
                        .forward(Coordinate(lon: 130.59, lat: 42.44))
                }
            }
            return try await group.reduce(into: [Coordinate]()) { $0.append($1) }
        }
        XCTAssertEqual(Set(results).count, 1)
    }
}
