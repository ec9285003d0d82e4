import XCTest
@testable import Geometry

final class GeometryTests: XCTestCase {
    // Made per test and dropped after it: XCTest keeps test-case objects until exit, which would
    // otherwise show every context as leaked under valgrind.
    private var ctx: GeometryContext!
    override func setUp() { ctx = GeometryContext() }
    override func tearDown() { ctx = nil }

    func testTwoLinesCrossingTwiceEncloseTheExpectedArea() throws {
        // A straight line along y = 0 from x = 0 to 10, and a line that leaves it at (2, 0),
        // rises to y = 3 between x = 4 and x = 8, and returns at (10, 0)... crossing at x = 2 and x = 10:
        // the enclosed face is a trapezoid with parallel sides 8 (2→10) and 4 (4→8), height 3: area 18.
        let straight = try ctx.lineString([c(0, 0), c(12, 0)])
        let bent = try ctx.lineString([c(0, -1), c(2, 0), c(4, 3), c(8, 3), c(10, 0), c(12, -1)])
        let faces = try ctx.polygonize([try straight.union(bent)])
        XCTAssertEqual(faces.count, 1)
        XCTAssertEqual(try faces.area(), 18, accuracy: 1e-9)
        XCTAssertEqual(try faces.geometry(at: 0).type, .polygon)
    }

    func testLinesCrossingSeveralTimesGiveSeveralFaces() throws {
        let a = try ctx.lineString([c(0, 0), c(10, 0)])
        let zigzag = try ctx.lineString([c(0, 0), c(2, 1), c(4, -1), c(6, 1), c(8, -1), c(10, 0)])
        let faces = try ctx.polygonize([try a.union(zigzag)])
        // Crossings at x = 3, 5 and 7 plus the shared ends: four triangles of 1.5, 1, 1 and 1.5.
        XCTAssertEqual(faces.count, 4)
        let areas = try faces.members().map { try $0.area() }.sorted()
        XCTAssertEqual(areas, [1, 1, 1.5, 1.5])
        XCTAssertEqual(try faces.area(), 5, accuracy: 1e-12)
    }

    func testSideOfLine() throws {
        let line = try ctx.lineString([c(0, 0), c(10, 0)])
        XCTAssertEqual(try line.side(of: c(5, 1)), .left)
        XCTAssertEqual(try line.side(of: c(5, -1)), .right)
        XCTAssertEqual(try line.side(of: c(5, 0)), .on)
        XCTAssertEqual(try line.side(of: c(-3, 0.5)), .left, "beyond the start, judged by the first segment")
    }

    func testSideOfLineAtAVertex() throws {
        // A left turn at (10, 0): the line goes east, then north.
        let corner = try ctx.lineString([c(0, 0), c(10, 0), c(10, 10)])
        // Inside the corner (north-west of the vertex): left of both segments.
        XCTAssertEqual(try corner.side(of: c(9, 1)), .left)
        // Outside the corner, nearest to the vertex itself (south-east): right.
        XCTAssertEqual(try corner.side(of: c(12, -2)), .right)
        // A point nearest to the vertex whose orientation differs between the two segments:
        // (11, -1) is right of the first segment and right of the second: right.
        XCTAssertEqual(try corner.side(of: c(11, -1)), .right)
        // A right turn at (10, 0): east, then south. North-east of the vertex is left.
        let reflex = try ctx.lineString([c(0, 0), c(10, 0), c(10, -10)])
        XCTAssertEqual(try reflex.side(of: c(12, 2)), .left)
        XCTAssertEqual(try reflex.side(of: c(9, -1)), .right)
    }

    func testMakeValidRepairsABowTie() throws {
        let bowtie = try ctx.polygon(shell: [c(0, 0), c(2, 2), c(2, 0), c(0, 2), c(0, 0)])
        let v = try bowtie.validity()
        XCTAssertFalse(v.isValid)
        XCTAssertTrue(v.reason.contains("Self-intersection"), v.reason)
        XCTAssertEqual(v.location?.x ?? .nan, 1, accuracy: 1e-9)
        XCTAssertEqual(v.location?.y ?? .nan, 1, accuracy: 1e-9)
        let fixed = try bowtie.makeValid()
        XCTAssertTrue(try fixed.validity().isValid)
        XCTAssertEqual(try fixed.area(), 2, accuracy: 1e-9)   // two triangles of area 1
        XCTAssertEqual(fixed.type, .multiPolygon)
    }

    func testErrorsCarryGEOSMessages() {
        XCTAssertThrowsError(try ctx.geometry(wkt: "POLYGON((0 0, 1 1")) { error in
            let e = error as? GeometryError
            XCTAssertEqual(e?.operation, "WKT reader")
            XCTAssertTrue(e?.message.contains("ParseException") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try ctx.linearRing([c(0, 0), c(1, 0), c(1, 1), c(0, 1)])) { error in
            XCTAssertTrue("\(error)".contains("closed"), "\(error)")
        }
        XCTAssertThrowsError(try ctx.lineString([c(0, 0)]))
    }

    func testWKTRoundTripAndMeasures() throws {
        let g = try ctx.geometry(wkt: "POLYGON ((0 0, 4 0, 4 3, 0 3, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))")
        XCTAssertEqual(try g.area(), 11, accuracy: 1e-12)
        XCTAssertEqual(try g.length(), 18, accuracy: 1e-12)
        XCTAssertEqual(try g.wkt(precision: 2), "POLYGON ((0 0, 4 0, 4 3, 0 3, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))")
        XCTAssertEqual(try g.exteriorRing().count, 5)
        XCTAssertEqual(try g.interiorRings().count, 1)
        XCTAssertEqual(try g.boundingBox(), BoundingBox(minX: 0, minY: 0, maxX: 4, maxY: 3))
        let round = try ctx.geometry(wkt: try g.wkt())
        XCTAssertEqual(try round.area(), 11, accuracy: 1e-12)
    }

    func testCentroidBufferDistanceAndPredicates() throws {
        let square = try ctx.polygon(shell: [c(0, 0), c(2, 0), c(2, 2), c(0, 2), c(0, 0)])
        XCTAssertEqual(try square.centroid().coordinates().first, c(1, 1))
        let inside = try ctx.point(c(1, 1)), outside = try ctx.point(c(5, 1)), edge = try ctx.point(c(2, 1))
        XCTAssertTrue(try square.contains(inside))
        XCTAssertFalse(try square.contains(outside))
        XCTAssertFalse(try square.contains(edge))
        XCTAssertTrue(try square.covers(edge))
        XCTAssertEqual(try square.distance(to: outside), 3, accuracy: 1e-12)
        let circle = try inside.buffer(1, quadrantSegments: 64)
        XCTAssertEqual(try circle.area(), Double.pi, accuracy: 0.002)
        let prepared = try square.prepared()
        for p in [inside, outside, edge] { XCTAssertEqual(try prepared.contains(p), try square.contains(p)) }
        XCTAssertTrue(try prepared.covers(c(2, 1)))
    }

    func testSetOperationsAndSimplify() throws {
        let a = try ctx.polygon(shell: [c(0, 0), c(2, 0), c(2, 2), c(0, 2), c(0, 0)])
        let b = try ctx.polygon(shell: [c(1, 0), c(3, 0), c(3, 2), c(1, 2), c(1, 0)])
        XCTAssertEqual(try a.union(b).area(), 6, accuracy: 1e-12)
        XCTAssertEqual(try a.intersection(b).area(), 2, accuracy: 1e-12)
        XCTAssertEqual(try a.difference(b).area(), 2, accuracy: 1e-12)
        XCTAssertEqual(try a.symmetricDifference(b).area(), 4, accuracy: 1e-12)
        let wiggly = try ctx.lineString((0...100).map { c(Double($0), $0 % 2 == 0 ? 0 : 0.01) })
        let simple = try wiggly.simplifyPreservingTopology(tolerance: 0.1)
        XCTAssertLessThan(try simple.coordinates().count, 10)
        let crossing = try ctx.lineString([c(0, 0), c(2, 2), c(2, 0), c(0, 2)])
        XCTAssertFalse(try crossing.isSimple())
        XCTAssertEqual(try crossing.node().count, 3)
    }

    func testCollectionsCopyTheirMembers() throws {
        let p = try ctx.point(c(1, 2)), q = try ctx.point(c(3, 4))
        let multi = try ctx.collection(.multiPoint, [p, q])
        XCTAssertEqual(multi.count, 2)
        XCTAssertEqual(try p.coordinates(), [c(1, 2)], "inputs stay usable after the collection took clones")
        XCTAssertEqual(try multi.geometry(at: 1).coordinates(), [c(3, 4)])
        XCTAssertThrowsError(try multi.geometry(at: 5))
        XCTAssertThrowsError(try ctx.collection(.point, [p]))
    }

    func testProjectInterpolateAndNearestPoints() throws {
        let line = try ctx.lineString([c(0, 0), c(10, 0), c(10, 10)])
        XCTAssertEqual(try line.project(c(4, 3)), 4, accuracy: 1e-12)
        XCTAssertEqual(try line.interpolate(15), c(10, 5))
        let (a, b) = try line.nearestPoints(try ctx.point(c(12, 5)))
        XCTAssertEqual(a, c(10, 5))
        XCTAssertEqual(b, c(12, 5))
    }

    func testManyGeometriesAreFreed() throws {
        // Exercised under valgrind/LeakSanitizer (README, Development): nothing may leak from this loop.
        for i in 0..<2000 {
            let g = try ctx.point(c(Double(i), 0)).buffer(1)
            _ = try g.area()
        }
    }
}
