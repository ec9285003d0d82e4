import Canvas
import XCTest

final class TextTests: CanvasTestCase {
    private let labels = ["張鼓峰", "Заозёрная", "ハサン湖", "沙草峰", "Changkufeng", "琿春"]

    func testCyrillicAndCJKHaveRealGlyphs() throws {
        let m = try TextMeasurer()
        for label in labels {
            XCTAssertEqual(try m.measure(text: label, font: Font()).unknownGlyphs, 0, label)
            XCTAssertEqual(try m.measure(text: label, font: Font(families: Font.chineseFamilies, weight: .bold)).unknownGlyphs, 0, label)
        }
        // The check can fail: a code point no installed font covers counts as unknown.
        XCTAssertGreaterThan(try m.measure(text: "\u{10FFFD}", font: Font()).unknownGlyphs, 0)
    }

    func testCJKPixelsAreNotHexBoxes() throws {
        // A missing glyph is a hollow box with tiny hex digits; a real 張 has far more ink
        // and differs from the box drawn for an unknown code point.
        func ink(_ s: String) throws -> [Pixel] {
            try renderPNG(width: 60, height: 60) { c in
                try c.drawText(s, at: Point(30, 30), style: TextStyle(font: Font(size: 40), anchor: .center))
            }.image.pixels
        }
        let real = try ink("張"), box = try ink("\u{10FFFD}")
        XCTAssertNotEqual(real, box)
        let dark = real.filter { $0.red < 128 }.count
        XCTAssertGreaterThan(dark, 150, "a solid ideograph, not an outline box")
    }

    func testWiderTextMeasuresWider() throws {
        let m = try TextMeasurer()
        let short = try m.measure(text: "Hill", font: Font())
        let long = try m.measure(text: "Hill 588 (Changkufeng)", font: Font())
        XCTAssertGreaterThan(long.logical.width, short.logical.width * 2)
        XCTAssertGreaterThan(long.ink.width, short.ink.width)
        XCTAssertEqual(long.logical.height, short.logical.height, accuracy: 0.01, "same font, same line height")
    }

    func testSizeScalesLinearly() throws {
        let m = try TextMeasurer()
        let a = try m.measure(text: "Lake Khasan", font: Font(size: 10))
        let b = try m.measure(text: "Lake Khasan", font: Font(size: 20))
        XCTAssertEqual(b.logical.width / a.logical.width, 2, accuracy: 0.02)
        XCTAssertEqual(b.logical.height / a.logical.height, 2, accuracy: 0.02)
        XCTAssertEqual(b.baseline / a.baseline, 2, accuracy: 0.02)
    }

    func testBoldIsWider() throws {
        let m = try TextMeasurer()
        let regular = try m.measure(text: "Kraskino", font: Font(size: 12))
        let bold = try m.measure(text: "Kraskino", font: Font(size: 12, weight: .bold))
        XCTAssertGreaterThan(bold.logical.width, regular.logical.width)
    }

    func testCanvasAndMeasurerAgree() throws {
        let font = Font(size: 14)
        let a = try TextMeasurer().measure(text: "Заозёрная 張鼓峰", font: font)
        for format in OutputFormat.allCases {
            let c = try Canvas(width: 100, height: 100, format: format, scale: 2)
            XCTAssertEqual(try c.measure(text: "Заозёрная 張鼓峰", font: font), a, "\(format)")
            let frame = try c.drawText("Заозёрная 張鼓峰", at: Point(50, 50), style: TextStyle(font: font, anchor: .center))
            XCTAssertEqual(frame, a.frame(at: Point(50, 50), anchor: .center))
        }
    }

    func testMeasuredBoxContainsInkedPixels() throws {
        for scale in [1.0, 2.0] {
            let m = try TextMeasurer()
            let font = Font(size: 18)
            let text = "Changkufeng 張鼓峰 Заозёрная"
            let at = Point(20, 40)
            let e = try m.measure(text: text, font: font)
            let (_, image) = try renderPNG(width: 400, height: 80, scale: scale) { c in
                try c.drawText(text, at: at, style: TextStyle(font: font))
            }
            let ink = try XCTUnwrap(image.inkBounds(tolerance: 40))
            let box = e.inkFrame(at: at, anchor: .leftBaseline)
            // Antialiasing may touch the pixel just outside the exact outline box.
            XCTAssertGreaterThanOrEqual(Double(ink.minX), (box.minX - 1) * scale, "scale \(scale)")
            XCTAssertLessThanOrEqual(Double(ink.maxX), (box.maxX + 1) * scale)
            XCTAssertGreaterThanOrEqual(Double(ink.minY), (box.minY - 1) * scale)
            XCTAssertLessThanOrEqual(Double(ink.maxY), (box.maxY + 1) * scale)
            // …and the box is tight, not just huge.
            XCTAssertEqual(Double(ink.maxX - ink.minX), box.width * scale, accuracy: 3 * scale)
            XCTAssertEqual(Double(ink.maxY - ink.minY), box.height * scale, accuracy: 3 * scale)
            XCTAssertTrue(e.frame(at: at, anchor: .leftBaseline).contains(box.insetBy(1)), "ink sits in the logical box")
        }
    }

    func testHaloSurroundsTextInPNGAndPDF() throws {
        func probe(_ c: Canvas) throws {
            try c.fill(.rect(Rect(x: 0, y: 0, width: 200, height: 60)), .color(.black))
            try c.drawText("HHHH", at: Point(100, 30),
                           style: TextStyle(font: Font(size: 30), color: .black, halo: Halo(color: .white, radius: 3), anchor: .center))
        }
        for scale in [1.0, 2.0] {
            let (_, image) = try renderPNG(width: 200, height: 60, scale: scale, probe)
            // Black text on black: only the halo is visible, so white must surround the glyphs.
            let ink = try XCTUnwrap(image.inkBounds(background: .pureBlack, tolerance: 40))
            let e = try TextMeasurer().measure(text: "HHHH", font: Font(size: 30))
            let box = e.inkFrame(at: Point(100, 30), anchor: .center)
            XCTAssertLessThan(Double(ink.minX), (box.minX - 1.5) * scale, "halo reaches beyond the glyphs at \(scale)×")
            XCTAssertGreaterThan(Double(ink.maxX), (box.maxX + 1.5) * scale)
            XCTAssertLessThan(Double(ink.maxX), (box.maxX + 4.5) * scale, "but not much further than its radius")
            // Inside an H's stem the text colour (black) wins over the halo.
            let stem = image.pixel(x: Int((box.minX + 3) * scale), y: Int(30 * scale))
            XCTAssertTrue(stem.isClose(to: .pureBlack, tolerance: 60), "\(stem)")
        }
    }

    func testEmptyTextDrawsNothing() throws {
        let (_, image) = try renderPNG { c in
            try c.drawText("", at: Point(50, 50), style: TextStyle(halo: Halo()))
        }
        XCTAssertNil(image.inkBounds())
    }

    func testInvalidFontsAreRejected() throws {
        let m = try TextMeasurer()
        XCTAssertThrowsError(try m.measure(text: "x", font: Font(size: 0)))
        XCTAssertThrowsError(try m.measure(text: "x", font: Font(size: .nan)))
        XCTAssertThrowsError(try m.measure(text: "x", font: Font(families: [])))
        XCTAssertThrowsError(try m.measure(text: "x", font: Font(families: ["A,B"])))
    }
}
