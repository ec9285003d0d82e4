import XCTest
import Geometry

/// Every failure is a GeometryError carrying GEOS's message and the operation.
final class GeometryErrorTests: XCTestCase {
    // Made per test and dropped after it: XCTest keeps test-case objects until exit, which would
    // otherwise show every context as leaked under valgrind.
    private var ctx: GeometryContext!
    override func setUp() { ctx = GeometryContext() }
    override func tearDown() { ctx = nil }

    /// The GeometryError a throwing expression throws, or a test failure.
    private func error<T>(_ body: () throws(GeometryError) -> T, file: StaticString = #filePath, line: UInt = #line) -> GeometryError? {
        do {
            _ = try body()
            XCTFail("expected a GeometryError", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func testInvalidWKTCarriesTheParseException() {
        let e = error { () throws(GeometryError) in try ctx.geometry(wkt: "POLYGON((0 0, 1 1") }
        XCTAssertEqual(e?.operation, "WKT reader")
        XCTAssertTrue(e?.message.hasPrefix("ParseException") ?? false, "\(String(describing: e))")
        XCTAssertTrue(e?.description.hasPrefix("GEOS WKT reader failed: ParseException") ?? false)
        let unknown = error { () throws(GeometryError) in try ctx.geometry(wkt: "TRIANGLE ((0 0, 1 0, 0 1, 0 0))") }
        XCTAssertTrue(unknown?.message.contains("ParseException") ?? false, "\(String(describing: unknown))")
    }

    func testOpenRingIsRejectedByGEOS() {
        let e = error { () throws(GeometryError) in try ctx.linearRing([c(0, 0), c(1, 0), c(1, 1), c(0, 1)]) }
        XCTAssertEqual(e?.operation, "linear ring")
        XCTAssertTrue(e?.message.contains("closed") ?? false, "\(String(describing: e))")
        // A bad hole after a good shell: both rings are freed, the error says which hole.
        let hole = error { () throws(GeometryError) in
            try ctx.polygon(shell: [c(0, 0), c(4, 0), c(4, 4), c(0, 4), c(0, 0)], holes: [[c(1, 1), c(2, 1), c(2, 2), c(1, 2)]])
        }
        XCTAssertTrue(hole?.message.hasPrefix("hole 0:") ?? false, "\(String(describing: hole))")
    }

    func testTooFewOrNonFiniteCoordinates() {
        XCTAssertNotNil(error { () throws(GeometryError) in try ctx.lineString([c(0, 0)]) })
        XCTAssertNotNil(error { () throws(GeometryError) in try ctx.linearRing([c(0, 0), c(1, 0), c(0, 0)]) })
        let nan = error { () throws(GeometryError) in try ctx.lineString([c(0, 0), c(.nan, 1)]) }
        XCTAssertTrue(nan?.message.contains("coordinate 1 is not finite") ?? false, "\(String(describing: nan))")
        XCTAssertNotNil(error { () throws(GeometryError) in try ctx.point(c(.infinity, 0)) })
        XCTAssertNotNil(error { () throws(GeometryError) in try ctx.point(c(0, 0)).buffer(.nan) })
    }

    func testWrongTypeForTheOperationCarriesGEOSMessage() throws {
        let line = try ctx.lineString([c(0, 0), c(1, 0)])
        let ring = error { () throws(GeometryError) in try line.exteriorRing() }
        XCTAssertFalse(ring?.message.isEmpty ?? true)
        XCTAssertNotEqual(ring?.message, "GEOS reported a failure without a message")
        let square = try ctx.polygon(shell: [c(0, 0), c(1, 0), c(1, 1), c(0, 1), c(0, 0)])
        let project = error { () throws(GeometryError) in try square.project(c(0, 0)) }
        XCTAssertEqual(project?.operation, "project")
        XCTAssertNotEqual(project?.message, "GEOS reported a failure without a message", "GEOS's own text, not ours")
        XCTAssertNotNil(error { () throws(GeometryError) in try square.coordinates() })
        XCTAssertNotNil(error { () throws(GeometryError) in try square.geometry(at: 1) })
        XCTAssertNotNil(error { () throws(GeometryError) in try square.geometry(at: -1) })
    }

    func testCollectionsCheckTheirMembers() throws {
        let square = try ctx.polygon(shell: [c(0, 0), c(1, 0), c(1, 1), c(0, 1), c(0, 0)])
        let e = error { () throws(GeometryError) in try ctx.multiPoint([try ctx.point(c(0, 0)), square]) }
        XCTAssertEqual(e?.message, "member 1 is a Polygon, but a MultiPoint holds only Points")
        XCTAssertNotNil(error { () throws(GeometryError) in try ctx.collection(.polygon, [square]) })
        // A mixed GeometryCollection is fine.
        XCTAssertEqual(try ctx.collection([square, try ctx.point(c(5, 5))]).count, 2)
    }

    func testGeometriesFromDifferentContextsDoNotMix() throws {
        let other = GeometryContext()
        let a = try ctx.point(c(0, 0)), b = try other.point(c(1, 0))
        let e = error { () throws(GeometryError) in try a.union(b) }
        XCTAssertEqual(e?.operation, "union")
        XCTAssertTrue(e?.message.contains("different GeometryContexts") ?? false)
        XCTAssertNotNil(error { () throws(GeometryError) in try a.distance(to: b) })
        XCTAssertNotNil(error { () throws(GeometryError) in try a.intersects(b) })
        XCTAssertNotNil(error { () throws(GeometryError) in try ctx.polygonize([b]) })
        XCTAssertNotNil(error { () throws(GeometryError) in try ctx.multiPoint([a, b]) })
        XCTAssertNotNil(error { () throws(GeometryError) in try a.prepared().intersects(b) })
    }

    func testEmptyInputsGiveClearErrors() throws {
        let empty = try ctx.emptyPolygon()
        let point = try ctx.point(c(0, 0))
        let e = error { () throws(GeometryError) in try point.nearestPoints(empty) }
        XCTAssertEqual(e?.message, "an empty geometry has no nearest point")
        let emptyLine = try ctx.geometry(wkt: "LINESTRING EMPTY")
        XCTAssertNotNil(error { () throws(GeometryError) in try emptyLine.interpolate(1) })
    }

    func testAnErrorMessageIsNotReusedByTheNextFailure() throws {
        _ = error { () throws(GeometryError) in try ctx.geometry(wkt: "POINT (1") }
        let e = error { () throws(GeometryError) in try ctx.lineString([c(0, 0)]) }
        XCTAssertFalse(e?.message.contains("ParseException") ?? true, "\(String(describing: e))")
        // And a success in between leaves no message behind.
        _ = try ctx.point(c(0, 0)).buffer(1)
        let ring = error { () throws(GeometryError) in try ctx.linearRing([c(0, 0), c(1, 0), c(1, 1), c(0, 1)]) }
        XCTAssertTrue(ring?.message.contains("closed") ?? false)
    }
}
