import XCTest
import Geometry

/// Validity with GEOS's reason and location, and make-valid.
final class ValidityTests: XCTestCase {
    // Made per test and dropped after it: XCTest keeps test-case objects until exit, which would
    // otherwise show every context as leaked under valgrind.
    private var ctx: GeometryContext!
    override func setUp() { ctx = GeometryContext() }
    override func tearDown() { ctx = nil }

    func testBowTieIsSelfIntersectingAtItsCrossing() throws {
        let bowtie = try ctx.geometry(wkt: "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))")
        XCTAssertFalse(try bowtie.isValid())
        let v = try bowtie.validity()
        XCTAssertFalse(v.isValid)
        XCTAssertEqual(v.reason, "Self-intersection")
        XCTAssertEqual(v.location, c(1, 1))
    }

    func testMakeValidSplitsTheBowTieIntoTwoTriangles() throws {
        let bowtie = try ctx.polygon(shell: [c(0, 0), c(2, 2), c(2, 0), c(0, 2), c(0, 0)])
        let fixed = try bowtie.makeValid()
        XCTAssertEqual(fixed.type, .multiPolygon)
        XCTAssertEqual(fixed.count, 2)
        XCTAssertTrue(try fixed.isValid())
        for triangle in try fixed.members() {
            XCTAssertEqual(try triangle.area(), 1, accuracy: 1e-12)
            XCTAssertEqual(try triangle.exteriorRing().count, 4)
        }
        // The triangles meet at (1,1): one to the left of the crossing, one to the right.
        XCTAssertTrue(try fixed.covers(try ctx.point(c(0.5, 1))))
        XCTAssertTrue(try fixed.covers(try ctx.point(c(1.5, 1))))
        XCTAssertFalse(try fixed.covers(try ctx.point(c(1, 0.5))))
    }

    func testValidGeometryHasNoLocation() throws {
        let square = try ctx.polygon(shell: [c(0, 0), c(1, 0), c(1, 1), c(0, 1), c(0, 0)])
        let v = try square.validity()
        XCTAssertEqual(v, Validity(isValid: true, reason: "Valid Geometry", location: nil))
        XCTAssertTrue(try square.makeValid().equals(square))
    }

    func testHoleOutsideShellIsReported() throws {
        let g = try ctx.polygon(shell: [c(0, 0), c(4, 0), c(4, 4), c(0, 4), c(0, 0)],
                                holes: [[c(5, 5), c(6, 5), c(6, 6), c(5, 6), c(5, 5)]])
        let v = try g.validity()
        XCTAssertFalse(v.isValid)
        XCTAssertEqual(v.reason, "Hole lies outside shell")
        XCTAssertNotNil(v.location)
    }

    func testValidityIsCodable() throws {
        let v = Validity(isValid: false, reason: "Self-intersection", location: c(1, 1))
        let data = try JSONEncoder().encode(v)
        XCTAssertEqual(try JSONDecoder().decode(Validity.self, from: data), v)
    }
}
