import XCTest
import Geometry

/// Constructive operations, measures, predicates and WKT with answers worked out by hand.
final class OperationTests: XCTestCase {
    // Made per test and dropped after it: XCTest keeps test-case objects until exit, which would
    // otherwise show every context as leaked under valgrind.
    private var ctx: GeometryContext!
    override func setUp() { ctx = GeometryContext() }
    override func tearDown() { ctx = nil }

    private func square(_ x: Double, _ y: Double, _ side: Double) throws -> Geometry {
        try ctx.polygon(shell: [c(x, y), c(x + side, y), c(x + side, y + side), c(x, y + side), c(x, y)])
    }

    func testBufferOfAPointIsARegularPolygon() throws {
        // 8 segments per quadrant: a 32-gon inscribed in the unit circle, area (32/2)·sin(2π/32).
        let disc = try ctx.point(c(3, 4)).buffer(1, quadrantSegments: 8)
        XCTAssertEqual(disc.type, .polygon)
        XCTAssertEqual(try disc.exteriorRing().count, 33)
        XCTAssertEqual(try disc.area(), 16 * sin(.pi / 16), accuracy: 1e-12)
        XCTAssertEqual(try disc.boundingBox(), BoundingBox(minX: 2, minY: 3, maxX: 4, maxY: 5))
        // A negative buffer shrinks a square by the distance on every side.
        XCTAssertEqual(try square(0, 0, 4).buffer(-1).area(), 4, accuracy: 1e-12)
    }

    func testDistanceLengthAndNearestPoints() throws {
        let hypotenuse = try ctx.lineString([c(0, 0), c(3, 4)])
        XCTAssertEqual(try hypotenuse.length(), 5)
        XCTAssertEqual(try square(0, 0, 2).length(), 8)
        XCTAssertEqual(try square(0, 0, 2).distance(to: try square(5, 6, 1)), 5, accuracy: 1e-12)   // (2,2)→(5,6)
        XCTAssertEqual(try square(0, 0, 2).distance(to: try ctx.point(c(1, 1))), 0)
        let (onSquare, onPoint) = try square(0, 0, 2).nearestPoints(try ctx.point(c(5, 1)))
        XCTAssertEqual(onSquare, c(2, 1))
        XCTAssertEqual(onPoint, c(5, 1))
    }

    func testCentroidAndPointOnSurfaceOfAnLShape() throws {
        // 2×1 bar (centroid (1, 0.5)) plus 1×1 block on top (centroid (0.5, 1.5)): area 3,
        // centroid ((2·1 + 0.5)/3, (2·0.5 + 1.5)/3) = (5/6, 5/6).
        let l = try ctx.polygon(shell: [c(0, 0), c(2, 0), c(2, 1), c(1, 1), c(1, 2), c(0, 2), c(0, 0)])
        XCTAssertEqual(try l.area(), 3)
        let centroid = try l.centroid().coordinates()[0]
        XCTAssertEqual(centroid.x, 5.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(centroid.y, 5.0 / 6, accuracy: 1e-12)
        // A label point lies inside even where a centroid might not.
        XCTAssertTrue(try l.contains(try l.pointOnSurface()))
        let ring = try square(0, 0, 10).difference(try square(1, 1, 8))
        XCTAssertFalse(try ring.contains(try ring.centroid()), "a ring's centroid is in its hole")
        XCTAssertTrue(try ring.contains(try ring.pointOnSurface()))
    }

    func testSetOperationsOnOverlappingSquares() throws {
        let a = try square(0, 0, 2), b = try square(1, 1, 2)
        XCTAssertEqual(try a.union(b).area(), 7, accuracy: 1e-12)
        XCTAssertEqual(try a.intersection(b).area(), 1, accuracy: 1e-12)
        XCTAssertEqual(try a.difference(b).area(), 3, accuracy: 1e-12)
        XCTAssertEqual(try a.symmetricDifference(b).area(), 6, accuracy: 1e-12)
        let all = try ctx.collection([a, b, try square(10, 10, 1)])
        let dissolved = try all.unaryUnion()
        XCTAssertEqual(dissolved.type, .multiPolygon)
        XCTAssertEqual(dissolved.count, 2)
        XCTAssertEqual(try dissolved.area(), 8, accuracy: 1e-12)
    }

    func testEmptyResults() throws {
        let a = try square(0, 0, 1), far = try square(5, 5, 1)
        let nothing = try a.intersection(far)
        XCTAssertTrue(nothing.isEmpty)
        XCTAssertEqual(try nothing.area(), 0)
        XCTAssertNil(try nothing.boundingBox())
        XCTAssertFalse(try a.intersects(far))
        let empty = try ctx.emptyPolygon()
        XCTAssertEqual(empty.type, .polygon)
        XCTAssertTrue(empty.isEmpty)
        XCTAssertEqual(try empty.wkt(), "POLYGON EMPTY")
        XCTAssertTrue(try empty.centroid().isEmpty)
        XCTAssertEqual(try empty.exteriorRing(), [])
        XCTAssertEqual(try a.difference(try square(-1, -1, 3)).isEmpty, true)
    }

    func testSimplifyKeepsEndsAndDropsNoise() throws {
        let noisy = try ctx.lineString([c(0, 0), c(1, 0.01), c(2, -0.01), c(3, 0.02), c(4, 0)])
        XCTAssertEqual(try noisy.simplifyPreservingTopology(tolerance: 0.1).coordinates(), [c(0, 0), c(4, 0)])
        XCTAssertEqual(try noisy.simplifyPreservingTopology(tolerance: 0.001).coordinates().count, 5)
        // Topology is preserved: a polygon's hole is not simplified away into its shell.
        let holed = try square(0, 0, 10).difference(try square(4, 4, 2))
        let simple = try holed.simplifyPreservingTopology(tolerance: 5)
        XCTAssertTrue(try simple.isValid())
        XCTAssertEqual(try simple.interiorRings().count, 1)
    }

    func testWKTRoundTripAndPrecision() throws {
        let text = "POLYGON ((0 0, 4 0, 4 3, 0 3, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))"
        let g = try ctx.geometry(wkt: text)
        XCTAssertEqual(try g.wkt(), text)
        XCTAssertEqual(try ctx.geometry(wkt: try g.wkt()).wkt(), text)
        XCTAssertEqual(try ctx.point(c(1.23456, 2)).wkt(precision: 2), "POINT (1.23 2)")
        XCTAssertEqual(try ctx.point(c(130.5912345678, 42.4471234567)).wkt(precision: 7), "POINT (130.5912346 42.4471235)")
        XCTAssertEqual(try ctx.lineString([c(0, 0), c(1.5, -2.25)]).wkt(), "LINESTRING (0 0, 1.5 -2.25)")
        XCTAssertEqual(g.description, text)
        let fullPrecision = try ctx.geometry(wkt: try ctx.point(c(0.1, 1.0 / 3)).wkt(precision: -1))
        XCTAssertEqual(try fullPrecision.coordinates(), [c(0.1, 1.0 / 3)], "full precision round-trips exactly")
    }

    func testComponentsAreCopiesThatOutliveTheirParent() throws {
        var parent: Geometry? = try ctx.geometry(wkt: "MULTILINESTRING ((0 0, 1 0), (5 5, 5 7, 6 7))")
        let second = try parent!.geometry(at: 1)
        parent = nil
        XCTAssertEqual(try second.coordinates(), [c(5, 5), c(5, 7), c(6, 7)])
        XCTAssertEqual(try second.length(), 3)
        let holed = try ctx.polygon(shell: [c(0, 0), c(4, 0), c(4, 4), c(0, 4), c(0, 0)],
                                    holes: [[c(1, 1), c(1, 2), c(2, 2), c(2, 1), c(1, 1)]])
        XCTAssertEqual(try holed.exteriorRing(), [c(0, 0), c(4, 0), c(4, 4), c(0, 4), c(0, 0)])
        XCTAssertEqual(try holed.interiorRings(), [[c(1, 1), c(1, 2), c(2, 2), c(2, 1), c(1, 1)]])
        XCTAssertEqual(try holed.area(), 15)
    }

    func testMultiGeometryConstructorsCopyTheirInputs() throws {
        let a = try ctx.lineString([c(0, 0), c(1, 0)]), b = try ctx.lineString([c(0, 1), c(0, 3)])
        let lines = try ctx.multiLineString([a, b])
        XCTAssertEqual(lines.type, .multiLineString)
        XCTAssertEqual(try lines.length(), 3)
        XCTAssertEqual(try a.length(), 1, "inputs stay usable")
        let points = try ctx.multiPoint([try ctx.point(c(1, 2)), try ctx.point(c(3, 4))])
        XCTAssertEqual(try points.wkt(), "MULTIPOINT (1 2, 3 4)")
        let polygons = try ctx.multiPolygon([try square(0, 0, 1), try square(2, 0, 1)])
        XCTAssertEqual(try polygons.area(), 2)
        XCTAssertEqual(polygons.typeName, "MultiPolygon")
        XCTAssertEqual(try ctx.multiPoint([]).wkt(), "MULTIPOINT EMPTY")
        XCTAssertEqual(try ctx.linearRing([c(0, 0), c(1, 0), c(1, 1), c(0, 0)]).type, .linearRing)
    }

    func testPredicates() throws {
        let big = try square(0, 0, 4), small = try square(1, 1, 1), touching = try square(4, 0, 1)
        XCTAssertTrue(try big.contains(small))
        XCTAssertTrue(try small.within(big))
        XCTAssertTrue(try big.covers(small))
        XCTAssertTrue(try big.touches(touching))
        XCTAssertFalse(try big.contains(touching))
        XCTAssertTrue(try big.intersects(touching))
        let diagonal = try ctx.lineString([c(-1, -1), c(5, 5)])
        XCTAssertTrue(try diagonal.crosses(big))
        XCTAssertTrue(try big.equals(try ctx.geometry(wkt: "POLYGON ((4 4, 0 4, 0 0, 4 0, 4 4))")))
        let edge = try ctx.point(c(4, 2))
        XCTAssertFalse(try big.contains(edge))
        XCTAssertTrue(try big.covers(edge))
    }

    func testPreparedPredicatesAgreeWithPlainOnes() throws {
        // A concave polygon (a U) against a grid of points, some on its boundary.
        let u = try ctx.polygon(shell: [c(0, 0), c(6, 0), c(6, 6), c(4, 6), c(4, 2), c(2, 2), c(2, 6), c(0, 6), c(0, 0)])
        let prepared = try u.prepared()
        for ix in -2...16 {
            for iy in -2...16 {
                let p = try ctx.point(c(Double(ix) * 0.5, Double(iy) * 0.5))
                XCTAssertEqual(try prepared.contains(p), try u.contains(p), "contains \(p)")
                XCTAssertEqual(try prepared.covers(p), try u.covers(p), "covers \(p)")
                XCTAssertEqual(try prepared.intersects(p), try u.intersects(p), "intersects \(p)")
            }
        }
        XCTAssertTrue(try prepared.contains(c(1, 1)))
        XCTAssertFalse(try prepared.contains(c(3, 4)), "inside the U's notch")
        XCTAssertFalse(try prepared.containsProperly(try ctx.lineString([c(0, 0), c(1, 1)])), "touches the boundary")
        XCTAssertTrue(try prepared.containsProperly(try ctx.lineString([c(0.5, 0.5), c(1, 1)])))
        XCTAssertTrue(try prepared.covers(c(6, 3)))
    }

    func testPreparedGeometryKeepsItsSourceAlive() throws {
        var source: Geometry? = try square(0, 0, 2)
        let prepared = try source!.prepared()
        source = nil
        XCTAssertTrue(try prepared.contains(c(1, 1)))
        XCTAssertEqual(try prepared.source.area(), 4)
    }

    func testProjectInterpolateAndNode() throws {
        let line = try ctx.lineString([c(0, 0), c(10, 0), c(10, 10)])
        XCTAssertEqual(try line.project(c(4, 3)), 4, accuracy: 1e-12)
        XCTAssertEqual(try line.project(c(12, 5)), 15, accuracy: 1e-12)
        XCTAssertEqual(try line.interpolate(15), c(10, 5))
        XCTAssertEqual(try line.interpolate(100), c(10, 10), "clamped to the end")
        // Two crossing segments noded into four.
        let x = try ctx.multiLineString([try ctx.lineString([c(0, 0), c(2, 2)]), try ctx.lineString([c(0, 2), c(2, 0)])])
        let noded = try x.node()
        XCTAssertEqual(noded.count, 4)
        XCTAssertEqual(try noded.length(), try x.length(), accuracy: 1e-12)
    }

    func testTypesAndEnvelope() throws {
        XCTAssertEqual(try ctx.point(c(1, 1)).type, .point)
        XCTAssertEqual(try ctx.geometry(wkt: "GEOMETRYCOLLECTION (POINT (1 1))").type, .geometryCollection)
        XCTAssertEqual(try ctx.geometry(wkt: "LINESTRING (0 0, 1 1)").typeName, "LineString")
        let line = try ctx.lineString([c(1, 2), c(4, -1), c(3, 5)])
        XCTAssertEqual(try line.boundingBox(), BoundingBox(minX: 1, minY: -1, maxX: 4, maxY: 5))
        XCTAssertEqual(try line.envelope().area(), 18)
        XCTAssertEqual(try line.clone().coordinates(), try line.coordinates())
    }
}
