import XCTest
import Geometry

/// Faces enclosed by lines: the disputed area between two claim lines.
final class PolygonizeTests: XCTestCase {
    // Made per test and dropped after it: XCTest keeps test-case objects until exit, which would
    // otherwise show every context as leaked under valgrind.
    private var ctx: GeometryContext!
    override func setUp() { ctx = GeometryContext() }
    override func tearDown() { ctx = nil }

    func testTwoBentLinesCrossingTwiceEncloseALens() throws {
        // A rises from (0,0) to a plateau y = 1 between x = 1 and 3 and falls to (4,0); B is its
        // mirror image below the x axis. They cross at (0,0) and (4,0) and enclose a hexagon made of
        // two trapezoids with parallel sides 4 and 2 and height 1: area 2 × (4 + 2) / 2 = 6.
        let a = try ctx.lineString([c(-1, -1), c(1, 1), c(3, 1), c(5, -1)])
        let b = try ctx.lineString([c(-1, 1), c(1, -1), c(3, -1), c(5, 1)])
        XCTAssertTrue(try a.crosses(b))
        let faces = try ctx.polygonize([try a.union(b)])
        XCTAssertEqual(faces.count, 1)
        let lens = try faces.geometry(at: 0)
        XCTAssertEqual(lens.type, .polygon)
        XCTAssertEqual(try lens.area(), 6, accuracy: 1e-12)
        // Perimeter: four diagonals of √2 and two plateaus of 2.
        XCTAssertEqual(try lens.length(), 4 * 2.0.squareRoot() + 4, accuracy: 1e-12)
        XCTAssertEqual(try lens.boundingBox(), BoundingBox(minX: 0, minY: -1, maxX: 4, maxY: 1))
    }

    func testTriangleBetweenAStraightAndATentLine() throws {
        // The tent crosses y = 0 at x = 1 and x = 3: the face is the triangle (1,0) (2,1) (3,0), area 1.
        let straight = try ctx.lineString([c(-1, 0), c(5, 0)])
        let tent = try ctx.lineString([c(0, -1), c(2, 1), c(4, -1)])
        let faces = try ctx.faces(enclosedBy: [straight, tent])
        XCTAssertEqual(faces.count, 1)
        XCTAssertEqual(try faces.area(), 1, accuracy: 1e-12)
        XCTAssertEqual(try faces.geometry(at: 0).exteriorRing().count, 4)
    }

    func testFacesDoNotDependOnLineOrderOrDirection() throws {
        let a = try ctx.lineString([c(-1, -1), c(1, 1), c(3, 1), c(5, -1)])
        let b = try ctx.lineString([c(5, 1), c(3, -1), c(1, -1), c(-1, 1)])   // reversed
        XCTAssertEqual(try ctx.faces(enclosedBy: [a, b]).area(), 6, accuracy: 1e-12)
        XCTAssertEqual(try ctx.faces(enclosedBy: [b, a]).area(), 6, accuracy: 1e-12)
    }

    func testUnnodedLinesEncloseNothingUntilUnioned() throws {
        // polygonize needs noded input: the raw crossing lines give no face.
        let a = try ctx.lineString([c(-1, -1), c(1, 1), c(3, 1), c(5, -1)])
        let b = try ctx.lineString([c(-1, 1), c(1, -1), c(3, -1), c(5, 1)])
        XCTAssertTrue(try ctx.polygonize([a, b]).isEmpty)
        XCTAssertFalse(try ctx.polygonize([try a.union(b)]).isEmpty)
    }

    func testLinesThatDoNotCrossEncloseNothing() throws {
        let a = try ctx.lineString([c(0, 0), c(10, 0)])
        let b = try ctx.lineString([c(0, 1), c(10, 1)])
        let faces = try ctx.faces(enclosedBy: [a, b])
        XCTAssertTrue(faces.isEmpty)
        XCTAssertEqual(faces.count, 0)
        XCTAssertEqual(try faces.area(), 0)
        XCTAssertNil(try faces.boundingBox())
        XCTAssertTrue(try ctx.polygonize([]).isEmpty)
    }

    func testASelfCrossingLoopIsNodedOnItsOwn() throws {
        // The line crosses itself at (1,1); the loop (1,1) (2,2) (2,1) is a right triangle with legs 1.
        let loop = try ctx.lineString([c(0, 0), c(2, 2), c(2, 1), c(0, 1)])
        XCTAssertEqual(try ctx.faces(enclosedBy: [loop]).area(), 0.5, accuracy: 1e-12)
    }
}
