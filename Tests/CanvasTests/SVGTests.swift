import Canvas
import Foundation
import XCTest

final class SVGTests: CanvasTestCase {
    private let meta = DocumentMetadata(title: "Lake Khasan & Changkufeng, 1938",
                                        subject: "Soviet and Japanese claim lines; the strip between them is disputed.")

    private func render(scale: Double = 1, _ draw: (Canvas) throws -> Void) throws -> (bytes: [UInt8], doc: SVGDocument) {
        let canvas = try Canvas(width: 400, height: 300, format: .svg, scale: scale, metadata: meta)
        try draw(canvas)
        let bytes = try canvas.finish()
        return (bytes, try SVGDocument(bytes))
    }

    func testSceneStructure() throws {
        let (_, doc) = try render { try MapScene.draw(on: $0) }
        let svg = try XCTUnwrap(doc.elements.first)
        XCTAssertEqual(svg.name, "svg")
        XCTAssertEqual(svg.attributes["viewBox"], "0 0 400 300")
        XCTAssertEqual(svg.attributes["width"], "400")
        let groupIds = doc.all("g").compactMap { $0.attributes["id"] }
        XCTAssertEqual(groupIds, ["land", "water", "disputed", "claim-ussr", "claim-japan", "labels", "title"])
        XCTAssertTrue(doc.all("title").contains { $0.text == "Soviet claim" }, "group titles")
        XCTAssertEqual(doc.all("title").first?.text, meta.title, "document title, unescaped by the parser")
        XCTAssertEqual(doc.all("desc").first?.text, meta.subject)
        let texts = doc.all("text").map(\.text)
        XCTAssertTrue(texts.contains("Заозёрная"))
        XCTAssertTrue(texts.contains("Changkufeng 張鼓峰"))
        XCTAssertTrue(texts.contains("Lake Khasan ハサン湖"))
        XCTAssertEqual(doc.all("pattern").count, 1, "one hatch → one <pattern>")
        XCTAssertTrue(doc.all("path").contains { $0.attributes["stroke-dasharray"] == "10 5" })
        XCTAssertTrue(doc.all("path").contains { $0.attributes["fill-rule"] == "evenodd" })
        XCTAssertEqual(doc.all("g").first { $0.attributes["id"] == "disputed" }?.attributes["opacity"], "0.85")
    }

    func testScaleChangesDisplaySizeNotCoordinates() throws {
        let (_, doc) = try render(scale: 2) { _ in }
        XCTAssertEqual(doc.elements.first?.attributes["width"], "800")
        XCTAssertEqual(doc.elements.first?.attributes["viewBox"], "0 0 400 300")
    }

    func testEscapingEveryString() throws {
        let evil = "<script>alert(1)</script> & \"quotes\" 'apos'"
        let (bytes, doc) = try render { c in
            try c.beginGroup(id: "x\"><script>", title: evil)
            try c.drawText(evil, at: Point(10, 50), style: TextStyle(font: Font(families: ["DejaVu Sans", "Bad\"<Family>"])))
            try c.endGroup()
        }
        let raw = String(decoding: bytes, as: UTF8.self)
        XCTAssertFalse(raw.contains("<script>"))
        XCTAssertTrue(raw.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &apos;apos&apos;"))
        XCTAssertEqual(doc.all("text").first?.text, evil, "the label reads back exactly")
        XCTAssertTrue(doc.all("title").contains { $0.text == evil })
        XCTAssertEqual(doc.all("script").count, 0)
        XCTAssertEqual(doc.all("g").first?.attributes["id"], "x---script-")
    }

    func testControlCharactersAreDroppedSoTheXMLStaysValid() throws {
        let (_, doc) = try render { c in
            try c.drawText("A\u{1}B\u{0B}C", at: Point(10, 50), style: TextStyle())
        }
        XCTAssertEqual(doc.all("text").first?.text, "ABC")
    }

    func testIdsAreSanitisedAndUnique() throws {
        let (_, doc) = try render { c in
            for id in ["claim ussr", "claim ussr", "1938", "", "doc-title", "Ωmega"] {
                try c.group(id: id) {}
            }
        }
        XCTAssertEqual(doc.all("g").compactMap { $0.attributes["id"] },
                       ["claim-ussr", "claim-ussr-2", "_1938", "id", "doc-title-2", "_-mega"])
    }

    func testTextPositionComesFromPango() throws {
        let measurer = try TextMeasurer()
        let font = Font(size: 20)
        let e = try measurer.measure(text: "Hasan", font: font)
        let (_, doc) = try render { c in
            try c.drawText("Hasan", at: Point(100, 50), style: TextStyle(font: font))
            try c.drawText("Hasan", at: Point(200, 150), style: TextStyle(font: font, anchor: .center))
        }
        let texts = doc.all("text")
        XCTAssertEqual(texts[0].attributes["x"], "100")
        XCTAssertEqual(texts[0].attributes["y"], "50")
        XCTAssertEqual(Double(texts[1].attributes["x"]!)!, 200 - e.logical.width / 2, accuracy: 0.01)
        XCTAssertEqual(Double(texts[1].attributes["y"]!)!, 150 - e.logical.height / 2 + e.baseline, accuracy: 0.01)
        XCTAssertEqual(texts[0].attributes["font-family"], "'DejaVu Sans','Noto Sans CJK JP',sans-serif")
        XCTAssertEqual(texts[0].attributes["font-size"], "20")
    }

    func testHaloUsesPaintOrder() throws {
        let (_, doc) = try render { c in
            try c.drawText("Kraskino", at: Point(10, 50),
                           style: TextStyle(font: Font(weight: .bold, style: .italic), halo: Halo(color: .white, radius: 2)))
        }
        let t = try XCTUnwrap(doc.all("text").first)
        XCTAssertEqual(t.attributes["paint-order"], "stroke")
        XCTAssertEqual(t.attributes["stroke"], "#ffffff")
        XCTAssertEqual(t.attributes["stroke-width"], "4")
        XCTAssertEqual(t.attributes["stroke-linejoin"], "round")
        XCTAssertEqual(t.attributes["font-weight"], "bold")
        XCTAssertEqual(t.attributes["font-style"], "italic")
    }

    func testMultilineTextBecomesTspans() throws {
        let (_, doc) = try render { c in
            try c.drawText("Hill 588\nЗаозёрная", at: Point(10, 50), style: TextStyle())
        }
        let spans = doc.all("tspan")
        XCTAssertEqual(spans.map(\.text), ["Hill 588", "Заозёрная"])
        XCTAssertLessThan(Double(spans[0].attributes["y"]!)!, Double(spans[1].attributes["y"]!)!)
    }

    func testClipPathsNestAndClose() throws {
        let (_, doc) = try render { c in
            try c.save()
            try c.clip(to: Rect(x: 0, y: 0, width: 100, height: 100))
            try c.clip(to: .circle(center: Point(50, 50), radius: 40), rule: .evenOdd)
            try c.fill(.rect(Rect(x: 0, y: 0, width: 400, height: 300)), .color(.black))
            try c.restore()
            try c.fill(.rect(Rect(x: 0, y: 0, width: 1, height: 1)), .color(.black))
        }
        let clips = doc.all("clipPath").compactMap { $0.attributes["id"] }
        XCTAssertEqual(clips, ["bl-clip-1", "bl-clip-2"])
        XCTAssertEqual(doc.all("g").compactMap { $0.attributes["clip-path"] }, ["url(#bl-clip-1)", "url(#bl-clip-2)"])
    }

    func testNumbersUseFixedPrecision() throws {
        let (bytes, _) = try render { c in
            try c.stroke(.polyline([Point(1.23456, -0.001), Point(2.005, 3)]), color: .black)
        }
        let raw = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(raw.contains("d=\"M1.23 0L2.01 3\""), raw)
    }

    func testRsvgRendersTheSVGAndTextLandsWherePNGPutsIt() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        func draw(_ c: Canvas) throws {
            try c.drawText("Changkufeng 張鼓峰", at: Point(200, 150),
                           style: TextStyle(font: Font(size: 24), anchor: .center))
        }
        let svgCanvas = try Canvas(width: 400, height: 300, format: .svg, target: .file("\(dir)/t.svg"))
        try draw(svgCanvas)
        try svgCanvas.finish()
        let result = try ToolRunner.run("rsvg-convert", ["-o", "\(dir)/t.png", "\(dir)/t.svg"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rsvg = try RasterImage(png: Array(try Data(contentsOf: URL(fileURLWithPath: "\(dir)/t.png"))))
        let (_, ours) = try renderPNG(width: 400, height: 300, draw)
        let a = try XCTUnwrap(rsvg.inkBounds())
        let b = try XCTUnwrap(ours.inkBounds())
        XCTAssertEqual(a.minX, b.minX, accuracy: 3)
        XCTAssertEqual(a.maxX, b.maxX, accuracy: 3)
        XCTAssertEqual(a.minY, b.minY, accuracy: 3)
        XCTAssertEqual(a.maxY, b.maxY, accuracy: 3)
    }
}
