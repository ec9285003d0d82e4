import XCTest
@testable import Cartography

final class LabelPlacerTests: XCTestCase {
    private let frame = BoundingBox(minX: 0, minY: 0, maxX: 400, maxY: 300)

    private func request(_ id: String, _ x: Double, _ y: Double, priority: Int = 1, width: Double = 60) -> LabelRequest {
        LabelRequest(id: id, text: id, priority: priority, anchor: Coordinate(x: x, y: y), offset: 8, width: width, height: 14)
    }

    func testFirstChoiceIsRightOfThePoint() {
        var placer = LabelPlacer(frame: frame)
        let r = placer.place([request("a", 100, 100)])
        XCTAssertEqual(r.placed.first?.position, .east)
        XCTAssertEqual(r.placed.first?.box.minX ?? 0, 108, accuracy: 1e-9)
    }

    func testCrowdedLabelsMoveInsteadOfOverlapping() {
        var placer = LabelPlacer(frame: frame)
        // Three points close together: all must be placed, none overlapping.
        let r = placer.place([request("a", 100, 100), request("b", 110, 104), request("c", 104, 112)])
        XCTAssertEqual(r.placed.count, 3)
        XCTAssertTrue(r.dropped.isEmpty)
        for (i, p) in r.placed.enumerated() {
            for q in r.placed[(i + 1)...] { XCTAssertFalse(p.box.intersects(q.box), "\(p.request.id) overlaps \(q.request.id)") }
        }
    }

    func testLabelsAvoidLinesAndStayInTheFrame() {
        var placer = LabelPlacer(frame: frame)
        // A vertical line just right of the point blocks the east positions.
        placer.index.insert(polyline: [Coordinate(x: 120, y: 0), Coordinate(x: 120, y: 300)], halfWidth: 2)
        let r = placer.place([request("a", 110, 150), request("edge", 395, 150)])
        let a = r.placed.first { $0.request.id == "a" }
        XCTAssertNotNil(a)
        XCTAssertLessThan(a!.box.maxX, 118, "label kept left of the line")
        let edge = r.placed.first { $0.request.id == "edge" }
        XCTAssertEqual(edge?.position, .west, "a label at the right edge goes left")
    }

    func testALabelPokingOutOfTheFrameSlidesInBeforeItIsDropped() {
        var placer = LabelPlacer(frame: frame)
        // A point 4 px below the frame's top and 6 px from its right edge, with a line running
        // south-west from it: east is out of the frame, the northern positions far out of it,
        // the southern ones crossed by the line; west pokes out by 3 px at the top.
        placer.index.insert(polyline: [Coordinate(x: 394, y: 4), Coordinate(x: 200, y: 198)], halfWidth: 1)
        placer.index.insert(BoundingBox(minX: 391, minY: 1, maxX: 397, maxY: 7))
        let r = placer.place([request("corner", 394, 4)])
        let label = try? XCTUnwrap(r.placed.first)
        XCTAssertEqual(label?.position, .west)
        XCTAssertEqual(label?.box.minY ?? -1, 0, accuracy: 1e-9, "slid down just inside the frame")
        XCTAssertGreaterThanOrEqual(label?.box.maxX ?? 0, 371, "still beside its point (at most the second ring)")
        XCTAssertLessThan(label?.box.maxX ?? 999, 394)
    }

    func testALabelFarOutOfTheFrameIsNotDraggedIn() {
        var placer = LabelPlacer(frame: frame)
        // A point on the frame's corner, every in-frame side blocked: sliding a box by more than
        // part of its size would detach it from the point, so it is dropped instead.
        placer.index.insert(BoundingBox(minX: 300, minY: 0, maxX: 400, maxY: 100))
        let r = placer.place([request("corner", 400, 0)])
        XCTAssertEqual(r.dropped.map(\.id), ["corner"])
    }

    func testLowerPriorityIsDroppedWhenNoRoom() {
        // Room for one wide label, centred on its point; any other position leaves the frame by
        // more than a label may slide back (11 of 18 px).
        let tiny = BoundingBox(minX: 0, minY: 0, maxX: 140, maxY: 30)
        var placer = LabelPlacer(frame: tiny)
        func wide(_ id: String, _ priority: Int) -> LabelRequest {
            var r = LabelRequest(id: id, text: id, priority: priority, anchor: Coordinate(x: 70, y: 15), offset: 8, width: 130, height: 18)
            r.centered = true
            return r
        }
        let r = placer.place([wide("minor", 5), wide("major", 1)])
        XCTAssertEqual(r.placed.map(\.request.id), ["major"])
        XCTAssertEqual(r.dropped.map(\.id), ["minor"])
    }

    func testSegmentRectangleIntersection() {
        let box = BoundingBox(minX: 0, minY: 0, maxX: 10, maxY: 10)
        XCTAssertTrue(CollisionIndex.segment(Coordinate(x: -5, y: 5), Coordinate(x: 15, y: 5), intersects: box))
        XCTAssertFalse(CollisionIndex.segment(Coordinate(x: -5, y: -5), Coordinate(x: -1, y: 20), intersects: box))
        XCTAssertTrue(CollisionIndex.segment(Coordinate(x: -5, y: 12), Coordinate(x: 12, y: -5), intersects: box))
        XCTAssertFalse(CollisionIndex.segment(Coordinate(x: 11, y: 12), Coordinate(x: 20, y: -5), intersects: box))
    }
}
