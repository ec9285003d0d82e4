import Canvas
import XCTest

final class PNGTests: CanvasTestCase {
    private let red = RGBA(hex: "#ff0000")!

    func testSignatureHeaderAndChunks() throws {
        let (bytes, _) = try renderPNG(width: 120, height: 80) { _ in }
        let png = try XCTUnwrap(PNGChunks(bytes))
        XCTAssertEqual(png.types.first, "IHDR")
        XCTAssertEqual(png.types.last, "IEND")
        XCTAssertTrue(png.types.contains("IDAT"))
        XCTAssertFalse(png.types.contains("tIME"), "no timestamps: bytes must be reproducible")
        XCTAssertEqual(png.width, 120)
        XCTAssertEqual(png.height, 80)
        XCTAssertEqual(png.colorType, 2, "opaque background → RGB")
        XCTAssertTrue(png.chunks.allSatisfy(\.crcValid))
    }

    func testScaleTwoDoublesPixelsAndGeometry() throws {
        let (bytes, image) = try renderPNG(width: 120, height: 80, scale: 2) { c in
            try c.fill(.rect(Rect(x: 10, y: 10, width: 20, height: 20)), .color(self.red))
        }
        let png = try XCTUnwrap(PNGChunks(bytes))
        XCTAssertEqual(png.width, 240)
        XCTAssertEqual(png.height, 160)
        XCTAssertTrue(image.pixel(x: 58, y: 58).isClose(to: .pureRed), "(29,29) pt is inside the rect at 2×")
        XCTAssertTrue(image.pixel(x: 62, y: 62).isClose(to: .pureWhite), "(31,31) pt is outside")
    }

    func testRedRectangleProbes() throws {
        let (_, image) = try renderPNG { c in
            try c.fill(.rect(Rect(x: 20, y: 30, width: 40, height: 20)), .color(self.red))
        }
        XCTAssertTrue(image.pixel(x: 40, y: 40).isClose(to: .pureRed))
        XCTAssertTrue(image.pixel(x: 10, y: 40).isClose(to: .pureWhite))
        XCTAssertTrue(image.pixel(x: 40, y: 55).isClose(to: .pureWhite))
        XCTAssertTrue(image.pixel(x: 59, y: 49).isClose(to: .pureRed), "last pixel inside the edge")
        XCTAssertTrue(image.pixel(x: 60, y: 40).isClose(to: .pureWhite), "first pixel past the edge")
    }

    func testTransparentBackgroundIsUnpremultipliedRGBA() throws {
        let (bytes, image) = try renderPNG(background: nil) { c in
            try c.fill(.rect(Rect(x: 0, y: 0, width: 50, height: 100)), .color(self.red.withAlpha(0.5)))
        }
        XCTAssertEqual(PNGChunks(bytes)?.colorType, 6)
        let p = image.pixel(x: 25, y: 50)
        XCTAssertEqual(Int(p.alpha), 128, accuracy: 1)
        XCTAssertEqual(Int(p.red), 255, accuracy: 2, "straight alpha: red stays full intensity")
        XCTAssertEqual(image.pixel(x: 75, y: 50).alpha, 0)
    }

    func testFiltersAndLevelsDecodeToTheSamePixels() throws {
        func scene(_ c: Canvas) throws {
            try MapScene.draw(on: c)
        }
        let reference = try renderPNG(width: 300, height: 225, scale: 1, scene).image
        for options in [PNGOptions(filter: .sub), PNGOptions(filter: .up), PNGOptions(compression: .best),
                        PNGOptions(compression: .level(0)), PNGOptions(encoder: .cairo)] {
            let (bytes, image) = try renderPNG(width: 300, height: 225, png: options, scene)
            XCTAssertNotNil(PNGChunks(bytes), "\(options)")
            XCTAssertEqual(image.pixels, reference.pixels, "\(options)")
        }
        let fast = try renderPNG(width: 300, height: 225, png: PNGOptions(compression: .fast), scene).bytes
        let best = try renderPNG(width: 300, height: 225, png: PNGOptions(compression: .best), scene).bytes
        XCTAssertLessThan(best.count, fast.count, "level 9 compresses better than level 1")
    }

    func testStripsDecodeToTheSamePixelsAsCairo() throws {
        // 903×675 px: 1.8 MB of RGB, 2.4 MB of RGBA, so both are compressed in several strips,
        // and a width that is not a multiple of 4 pixels; cairo's own writer is the reference.
        func scene(_ c: Canvas) throws { try MapScene.draw(on: c) }
        for background in [RGBA.white, nil] {
            let reference = try renderPNG(width: 301, height: 225, scale: 3, background: background,
                                          png: PNGOptions(encoder: .cairo), scene).image
            for filter in [PNGFilter.none, .sub, .up] {
                let (bytes, image) = try renderPNG(width: 301, height: 225, scale: 3, background: background,
                                                   png: PNGOptions(filter: filter), scene)
                XCTAssertGreaterThan(PNGChunks(bytes)?.chunks.filter { $0.type == "IDAT" }.count ?? 0, 0)
                XCTAssertEqual(image.pixels, reference.pixels, "filter \(filter), background \(String(describing: background))")
            }
        }
    }

    func testPhysChunkCarriesDPI() throws {
        let (bytes, _) = try renderPNG(png: PNGOptions(dpi: 300)) { _ in }
        let phys = try XCTUnwrap(PNGChunks(bytes)?.chunks.first { $0.type == "pHYs" })
        XCTAssertEqual(PNGChunks.be32(phys.data, 0), 11811) // 300 dpi = 11811 px/m
        XCTAssertEqual(phys.data[8], 1)
        XCTAssertNil(PNGChunks(try renderPNG { _ in }.bytes)?.chunks.first { $0.type == "pHYs" })
    }

    func testHatchProducesAlternatingLines() throws {
        let hatchColor = Pixel(red: 0, green: 0, blue: 0)
        let (_, image) = try renderPNG { c in
            try c.fill(.rect(Rect(x: 0, y: 0, width: 100, height: 100)),
                       .hatch(Hatch(spacing: 10, angle: 0, lineWidth: 3, color: .black)))
        }
        let column = (0..<100).map { (50, $0) }
        XCTAssertGreaterThanOrEqual(image.transitions(along: column, color: hatchColor), 16, "horizontal lines cross a column ~10 times")
        let row = (0..<100).map { ($0, 50) }
        XCTAssertLessThanOrEqual(image.transitions(along: row, color: hatchColor), 1, "angle 0 lines are horizontal")

        let (_, vertical) = try renderPNG { c in
            try c.fill(.rect(Rect(x: 0, y: 0, width: 100, height: 100)),
                       .hatch(Hatch(spacing: 10, angle: 90, lineWidth: 3, color: .black)))
        }
        XCTAssertGreaterThanOrEqual(vertical.transitions(along: row, color: hatchColor), 16)
        XCTAssertLessThanOrEqual(vertical.transitions(along: column, color: hatchColor), 1)
    }

    func testHatchIsClippedToThePath() throws {
        let (_, image) = try renderPNG { c in
            try c.fill(.rect(Rect(x: 0, y: 0, width: 50, height: 100)),
                       .hatch(Hatch(spacing: 8, angle: 45, lineWidth: 2, color: .black)))
        }
        XCTAssertEqual(image.transitions(along: (55..<100).map { ($0, 50) }, color: Pixel.pureBlack), 0)
        XCTAssertGreaterThan(image.transitions(along: (0..<50).map { ($0, 50) }, color: Pixel.pureBlack), 6)
    }

    func testDashesLeaveGaps() throws {
        let (_, image) = try renderPNG { c in
            try c.stroke(.polyline([Point(0, 50), Point(100, 50)]), color: .black,
                         style: StrokeStyle(width: 4, dash: [10, 10]))
        }
        let row = (0..<100).map { ($0, 50) }
        XCTAssertGreaterThanOrEqual(image.transitions(along: row, color: .pureBlack), 9)
        XCTAssertTrue(image.pixel(x: 5, y: 50).isClose(to: .pureBlack, tolerance: 10))
        XCTAssertTrue(image.pixel(x: 15, y: 50).isClose(to: .pureWhite, tolerance: 10))

        let (_, offset) = try renderPNG { c in
            try c.stroke(.polyline([Point(0, 50), Point(100, 50)]), color: .black,
                         style: StrokeStyle(width: 4, dash: [10, 10], dashOffset: 10))
        }
        XCTAssertTrue(offset.pixel(x: 5, y: 50).isClose(to: .pureWhite, tolerance: 10), "offset shifts the pattern")
        XCTAssertTrue(offset.pixel(x: 15, y: 50).isClose(to: .pureBlack, tolerance: 10))
    }

    func testClipSaveRestore() throws {
        let (_, image) = try renderPNG { c in
            try c.withSavedState {
                try c.clip(to: Rect(x: 0, y: 0, width: 50, height: 100))
                try c.fill(.rect(Rect(x: 0, y: 0, width: 100, height: 50)), .color(self.red))
            }
            try c.fill(.rect(Rect(x: 0, y: 50, width: 100, height: 50)), .color(.black))
        }
        XCTAssertTrue(image.pixel(x: 25, y: 25).isClose(to: .pureRed))
        XCTAssertTrue(image.pixel(x: 75, y: 25).isClose(to: .pureWhite), "clipped away")
        XCTAssertTrue(image.pixel(x: 75, y: 75).isClose(to: .pureBlack), "clip ended at restore")
    }

    func testClipEndsWithGroup() throws {
        let (_, image) = try renderPNG { c in
            try c.group(id: "g") { try c.clip(to: Rect(x: 0, y: 0, width: 10, height: 10)) }
            try c.fill(.rect(Rect(x: 0, y: 0, width: 100, height: 100)), .color(self.red))
        }
        XCTAssertTrue(image.pixel(x: 50, y: 50).isClose(to: .pureRed))
    }

    func testFillRulesMakeHoles() throws {
        let outer = [Point(10, 10), Point(90, 10), Point(90, 90), Point(10, 90)]
        let sameDirectionHole = [Point(30, 30), Point(70, 30), Point(70, 70), Point(30, 70)]
        let (_, evenOdd) = try renderPNG { c in
            try c.fill(.polygon(outer, holes: [sameDirectionHole]), .color(self.red), rule: .evenOdd)
        }
        XCTAssertTrue(evenOdd.pixel(x: 50, y: 50).isClose(to: .pureWhite))
        XCTAssertTrue(evenOdd.pixel(x: 20, y: 50).isClose(to: .pureRed))
        let (_, winding) = try renderPNG { c in
            try c.fill(.polygon(outer, holes: [sameDirectionHole]), .color(self.red), rule: .winding)
        }
        XCTAssertTrue(winding.pixel(x: 50, y: 50).isClose(to: .pureRed), "same winding: no hole under nonzero")
        let (_, reversed) = try renderPNG { c in
            try c.fill(.polygon(outer, holes: [sameDirectionHole.reversed()]), .color(self.red), rule: .winding)
        }
        XCTAssertTrue(reversed.pixel(x: 50, y: 50).isClose(to: .pureWhite), "opposite winding: hole under nonzero")
    }

    func testGroupOpacityCompositesOnce() throws {
        let (_, image) = try renderPNG { c in
            try c.group(id: "faded", opacity: 0.5) {
                try c.fill(.rect(Rect(x: 0, y: 0, width: 60, height: 100)), .color(.black))
                try c.fill(.rect(Rect(x: 40, y: 0, width: 60, height: 100)), .color(.black))
            }
        }
        let single = image.pixel(x: 20, y: 50), overlap = image.pixel(x: 50, y: 50)
        XCTAssertEqual(Int(single.red), 128, accuracy: 2)
        XCTAssertEqual(single, overlap, "the overlap is not darker: the layer fades as a whole")
    }

    func testMarkersAndStrokeStyles() throws {
        let (_, image) = try renderPNG { c in
            for (i, shape) in MarkerShape.allCases.enumerated() {
                try c.drawMarker(shape, at: Point(15 + Double(i) * 22, 20), size: 14, fill: self.red, stroke: .black)
            }
            try c.stroke(.polyline([Point(10, 60), Point(50, 60)]), color: .black,
                         style: StrokeStyle(width: 10, cap: .round))
            try c.stroke(.polyline([Point(10, 85), Point(50, 85)]), color: .black, style: StrokeStyle(width: 10, cap: .butt))
        }
        for i in 0..<4 {
            XCTAssertTrue(image.pixel(x: 15 + i * 22, y: 21).isClose(to: .pureRed, tolerance: 20), "marker \(i) centre")
        }
        XCTAssertTrue(image.pixel(x: 31, y: 14).isClose(to: .pureWhite, tolerance: 20), "triangle's box corner stays empty")
        XCTAssertTrue(image.pixel(x: 54, y: 15).isClose(to: .pureRed, tolerance: 20), "square's corner is filled")
        XCTAssertTrue(image.pixel(x: 7, y: 60).isClose(to: .pureBlack, tolerance: 30), "round cap extends past the end")
        XCTAssertTrue(image.pixel(x: 7, y: 85).isClose(to: .pureWhite, tolerance: 30), "butt cap does not")
    }

    func testCairoDecoderRejectsGarbage() {
        XCTAssertThrowsError(try RasterImage(png: [1, 2, 3])) { error in
            guard case CanvasError.invalidImage = error else { return XCTFail("\(error)") }
        }
    }
}
