import XCTest
import Canvas

final class ModelTests: CanvasTestCase {
    func testHexColours() throws {
        let c = try XCTUnwrap(RGBA(hex: "#ff8000"))
        XCTAssertEqual(c.red, 1)
        XCTAssertEqual(c.green, 128.0 / 255, accuracy: 1e-9)
        XCTAssertEqual(c.blue, 0)
        XCTAssertEqual(c.alpha, 1)
        let t = try XCTUnwrap(RGBA(hex: "00000080"))
        XCTAssertEqual(t.alpha, 128.0 / 255, accuracy: 1e-9)
        XCTAssertNil(RGBA(hex: "#12345"))
        XCTAssertNil(RGBA(hex: "#gg0000"))
        XCTAssertNil(RGBA(hex: "#+10000"))
        XCTAssertEqual(c.hexRGB, "#ff8000")
    }

    func testOutputFormatFromExtension() {
        XCTAssertEqual(OutputFormat(fileExtension: "PNG"), .png)
        XCTAssertEqual(OutputFormat(fileExtension: ".svg"), .svg)
        XCTAssertEqual(OutputFormat(path: "out/map.v2.pdf"), .pdf)
        XCTAssertNil(OutputFormat(path: "out/map"))
        XCTAssertNil(OutputFormat(path: ".png"))
        XCTAssertNil(OutputFormat(fileExtension: "jpeg"))
    }

    func testISODates() {
        XCTAssertEqual(DocumentMetadata.iso8601(epoch: 0), "1970-01-01T00:00:00Z")
        XCTAssertEqual(DocumentMetadata.iso8601(epoch: 951_782_400), "2000-02-29T00:00:00Z")
        XCTAssertEqual(DocumentMetadata.iso8601(epoch: 1_700_000_000), "2023-11-14T22:13:20Z")
        XCTAssertEqual(DocumentMetadata(date: 86_399).isoDate, "1970-01-01T23:59:59Z")
    }

    func testPolygonDropsRepeatedClosingPoint() {
        let p = Path.polygon([Point(0, 0), Point(1, 0), Point(1, 1), Point(0, 0)])
        XCTAssertEqual(p.elements.count, 4) // move, line, line, close
        XCTAssertEqual(p.elements.last, .close)
        XCTAssertTrue(Path.polyline([Point(0, 0)]).isEmpty)
    }

    func testMarkersAreCentred() throws {
        for shape in MarkerShape.allCases {
            let b = try XCTUnwrap(shape.path(center: Point(50, 50), size: 10).controlBounds)
            XCTAssertEqual(b.width, shape == .triangle ? 10 : 10, accuracy: 1e-9, "\(shape)")
            XCTAssertTrue(b.contains(Point(50, 50)), "\(shape)")
            XCTAssertLessThanOrEqual(b.maxY, 55.0001, "\(shape)")
        }
    }

    func testScaleFromDPI() {
        XCTAssertEqual(Canvas.scale(dpi: 144), 2)
        XCTAssertEqual(Canvas.scale(dpi: 300), 300.0 / 72)
    }

    func testTextExtentsAnchoring() {
        let e = TextExtents(ink: Rect(x: 1, y: 2, width: 8, height: 9),
                            logical: Rect(x: 0, y: 0, width: 20, height: 12),
                            baseline: 9, unknownGlyphs: 0)
        XCTAssertEqual(e.origin(at: Point(100, 100), anchor: .leftBaseline), Point(100, 91))
        XCTAssertEqual(e.frame(at: Point(100, 100), anchor: .center), Rect(x: 90, y: 94, width: 20, height: 12))
        XCTAssertEqual(e.frame(at: Point(100, 100), anchor: TextAnchor(.right, .top)).maxX, 100)
    }
}
