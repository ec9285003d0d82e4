import XCTest
@testable import Geometry

/// Side of a claim line, including the corner cases where one segment is not enough.
final class LineSideTests: XCTestCase {
    // Made per test and dropped after it: XCTest keeps test-case objects until exit, which would
    // otherwise show every context as leaked under valgrind.
    private var ctx: GeometryContext!
    override func setUp() { ctx = GeometryContext() }
    override func tearDown() { ctx = nil }

    func testStraightLineAndItsReverse() throws {
        let east = try ctx.lineString([c(0, 0), c(10, 0)])
        let west = try ctx.lineString([c(10, 0), c(0, 0)])
        XCTAssertEqual(try east.side(of: c(5, 1)), .left)
        XCTAssertEqual(try east.side(of: c(5, -1)), .right)
        XCTAssertEqual(try west.side(of: c(5, 1)), .right)
        XCTAssertEqual(try west.side(of: c(5, -1)), .left)
        XCTAssertEqual(try east.side(of: c(5, 0)), .on)
        XCTAssertEqual(try east.side(of: c(10, 0)), .on, "an end vertex is on the line")
        XCTAssertEqual(try east.side(of: c(12, 0)), .on, "the extension beyond an end has no side")
    }

    func testPointOnAVertexOrSegmentIsOn() throws {
        let line = try ctx.lineString([c(0, 0), c(10, 0), c(10, 10)])
        XCTAssertEqual(try line.side(of: c(10, 0)), .on)
        XCTAssertEqual(try line.side(of: c(10, 3.5)), .on)
    }

    func testSharpLeftTurnReflexSideIsRight() throws {
        // East along y = 0 to the vertex (0,0), then sharply back west-north-west to (-10, 1): a
        // left turn whose left side is the thin wedge between the two segments.
        let spike = try ctx.lineString([c(-10, 0), c(0, 0), c(-10, 1)])
        let x = c(1, 0.2)   // beyond the vertex, nearest to it
        XCTAssertEqual(try spike.project(x), 10, accuracy: 1e-12, "GEOS puts the nearest point at the vertex")
        // The incoming segment alone would say left (x is above y = 0); the corner rule says right,
        // because x is outside the wedge: right of the outgoing segment.
        XCTAssertEqual(try ctx.lineString([c(-10, 0), c(0, 0)]).side(of: x), .left)
        XCTAssertEqual(try spike.side(of: x), .right)
        XCTAssertEqual(try spike.side(of: c(1, -0.2)), .right)
        XCTAssertEqual(try spike.side(of: c(1, 0.05)), .right)
        // Inside the wedge the point is left of both segments.
        XCTAssertEqual(try spike.side(of: c(-5, 0.2)), .left)
    }

    func testSharpRightTurnReflexSideIsLeft() throws {
        let spike = try ctx.lineString([c(-10, 0), c(0, 0), c(-10, -1)])
        XCTAssertEqual(try spike.side(of: c(1, -0.2)), .left)
        XCTAssertEqual(try spike.side(of: c(1, 0.2)), .left)
        XCTAssertEqual(try spike.side(of: c(-5, -0.2)), .right)
    }

    func testRightAngleCornerBothWays() throws {
        // Left turn at (10,0): east, then north. The outside of the corner is right.
        let left = try ctx.lineString([c(0, 0), c(10, 0), c(10, 10)])
        XCTAssertEqual(try left.side(of: c(9, 1)), .left)
        XCTAssertEqual(try left.side(of: c(12, -2)), .right)
        XCTAssertEqual(try left.side(of: c(11, 0)), .right, "on the first segment's extension, outside the corner")
        XCTAssertEqual(try left.side(of: c(10, -1)), .right, "on the second segment's extension, outside the corner")
        // Right turn at (10,0): east, then south.
        let right = try ctx.lineString([c(0, 0), c(10, 0), c(10, -10)])
        XCTAssertEqual(try right.side(of: c(12, 2)), .left)
        XCTAssertEqual(try right.side(of: c(9, -1)), .right)
    }

    func testRepeatedVerticesDoNotHideTheCorner() throws {
        let spike = try ctx.lineString([c(-10, 0), c(0, 0), c(0, 0), c(-10, 1)])
        XCTAssertEqual(try spike.side(of: c(1, 0.2)), .right)
    }

    func testClosedLineStartIsACorner() throws {
        // A counter-clockwise square as a closed line: inside is left, outside is right, also at
        // the first vertex where the line starts and ends.
        let square = try ctx.lineString([c(0, 0), c(10, 0), c(10, 10), c(0, 10), c(0, 0)])
        XCTAssertEqual(try square.side(of: c(5, 5)), .left)
        XCTAssertEqual(try square.side(of: c(-1, -1)), .right)
        XCTAssertEqual(try square.side(of: c(-1, 0.5)), .right)
        XCTAssertEqual(try square.side(of: c(0.5, 0.5)), .left)
    }

    func testAgreesWithPolygonContainmentAroundAConcaveRing() throws {
        // For a simple counter-clockwise ring, left is inside, everywhere: at reflex and convex
        // corners alike. A star has both, so this checks the corner rule at scale.
        var ring: [Coordinate] = []
        for i in 0..<10 {
            let angle = Double(i) * .pi / 5
            let r = i % 2 == 0 ? 10.0 : 3.0
            ring.append(c(r * cos(angle), r * sin(angle)))
        }
        ring.append(ring[0])
        let line = try ctx.lineString(ring)
        let star = try ctx.polygon(shell: ring).prepared()
        var checked = 0
        for ix in -24...24 {
            for iy in -24...24 {
                let p = c(Double(ix) * 0.5 + 0.013, Double(iy) * 0.5 + 0.007)
                let expected: LineSide = try star.contains(p) ? .left : .right
                XCTAssertEqual(try line.side(of: p), expected, "at \(p)")
                checked += 1
            }
        }
        XCTAssertEqual(checked, 49 * 49)
    }

    func testBeyondAnOpenEndUsesTheEndSegment() throws {
        let line = try ctx.lineString([c(0, 0), c(10, 0), c(10, 10)])
        XCTAssertEqual(try line.side(of: c(-3, 0.5)), .left)
        XCTAssertEqual(try line.side(of: c(11, 13)), .right)
    }

    func testOnlyLinesHaveSides() throws {
        let square = try ctx.polygon(shell: [c(0, 0), c(1, 0), c(1, 1), c(0, 1), c(0, 0)])
        XCTAssertThrowsError(try square.side(of: c(0.5, 0.5))) { error in
            XCTAssertTrue("\(error)".contains("LineString"), "\(error)")
        }
        let degenerate = try ctx.lineString([c(1, 1), c(1, 1)])
        XCTAssertThrowsError(try degenerate.side(of: c(0, 0)))
        let line = try ctx.lineString([c(0, 0), c(1, 0)])
        XCTAssertThrowsError(try line.side(of: c(.nan, 0)))
    }
}
