import XCTest
@testable import Cartography

final class FurnitureMathTests: XCTestCase {
    func testScaleBarPicksTheLongestRoundLengthThatFits() throws {
        // 10 m per pixel, 450 px available → 4500 m fits, so 2 km (5 km would need 500 px).
        let c = try XCTUnwrap(ScaleBarMath.choose(metersPerPixel: 10, maxWidthPx: 450))
        XCTAssertEqual(c.meters, 2000)
        XCTAssertEqual(c.widthPx, 200, accuracy: 1e-9)
        XCTAssertEqual(c.label, "2 km")
        let d = try XCTUnwrap(ScaleBarMath.choose(metersPerPixel: 2.5, maxWidthPx: 300))
        XCTAssertEqual(d.meters, 500)
        XCTAssertEqual(d.label, "500 m")
        XCTAssertEqual(ScaleBarMath.choose(metersPerPixel: 10, maxWidthPx: 600)?.meters, 5000)
        XCTAssertEqual(ScaleBarMath.choose(metersPerPixel: 10, maxWidthPx: 600)?.segments, 5)
        XCTAssertNil(ScaleBarMath.choose(metersPerPixel: 10, maxWidthPx: 0.05))
        XCTAssertNil(ScaleBarMath.choose(metersPerPixel: .nan, maxWidthPx: 100))
    }

    func testGraticuleStepsAndLabels() {
        XCTAssertEqual(GraticuleMath.step(span: 0.25), 5.0 / 60)      // 3 lines of 5′
        XCTAssertEqual(GraticuleMath.step(span: 8), 2)
        XCTAssertEqual(GraticuleMath.values(from: 130.5, to: 130.75, step: 5.0 / 60).count, 4)
        XCTAssertEqual(GraticuleMath.label(130.6, isLongitude: true), "130°36′E")
        XCTAssertEqual(GraticuleMath.label(42.45, isLongitude: false), "42°27′N")
        XCTAssertEqual(GraticuleMath.label(131, isLongitude: true), "131°E")
        XCTAssertEqual(GraticuleMath.label(-70.5, isLongitude: true), "70°30′W")
        XCTAssertEqual(GraticuleMath.label(-33.25, isLongitude: false), "33°15′S")
    }
}
