import Canvas
import Foundation
import XCTest

final class PDFTests: CanvasTestCase {
    private let meta = DocumentMetadata(title: "Changkufeng 1938", author: "Borderlines tests",
                                        subject: "Alt text: claim lines west of Lake Khasan",
                                        keywords: ["Khasan", "Changkufeng"], creator: "Borderlines 0.0-test")

    private func renderScene(metadata: DocumentMetadata? = nil) throws -> [UInt8] {
        let canvas = try Canvas(width: 600, height: 450, format: .pdf, metadata: metadata ?? meta)
        try MapScene.draw(on: canvas)
        return try canvas.finish()
    }

    private func tool(_ name: String, on bytes: [UInt8], _ args: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try ToolRunner.write(bytes, to: "\(dir)/t.pdf")
        let r = try ToolRunner.run(name, args + ["\(dir)/t.pdf"] + (name == "pdftotext" ? ["-"] : []))
        XCTAssertEqual(r.status, 0, "\(name): \(r.stderr)", file: file, line: line)
        return r.stdout
    }

    func testHeaderAndExtractableText() throws {
        let pdf = try renderScene()
        XCTAssertEqual(Array(pdf.prefix(5)), Array("%PDF-".utf8))
        let text = try tool("pdftotext", on: pdf)
        for label in ["Changkufeng", "張鼓峰", "Заозёрная", "ハサン湖", "Hunchun", "琿春"] {
            XCTAssertTrue(text.contains(label), "pdftotext lost \(label): \(text)")
        }
    }

    func testFontsAreEmbeddedAndNotType3() throws {
        let listing = try tool("pdffonts", on: try renderScene())
        let rows = listing.split(separator: "\n").dropFirst(2) // header and ---- line
        XCTAssertGreaterThanOrEqual(rows.count, 2, "DejaVu and Noto CJK at least: \(listing)")
        for row in rows {
            XCTAssertFalse(row.contains("Type 3"), String(row))
            // columns: name type encoding emb sub uni object ID; emb is "yes"
            let fields = row.split(separator: " ", omittingEmptySubsequences: true)
            XCTAssertGreaterThanOrEqual(fields.count, 7, String(row))
            XCTAssertEqual(fields[fields.count - 5], "yes", "not embedded: \(row)")
        }
        XCTAssertTrue(listing.contains("DejaVuSans"), listing)
        XCTAssertTrue(listing.contains("NotoSansCJK"), listing)
    }

    func testMetadataVisibleInPdfinfo() throws {
        let info = try tool("pdfinfo", on: try renderScene(metadata: DocumentMetadata(
            title: meta.title, author: meta.author, subject: meta.subject, keywords: meta.keywords,
            creator: meta.creator, date: 1_000_000_000)))
        XCTAssertTrue(info.contains("Title:           Changkufeng 1938"), info)
        XCTAssertTrue(info.contains("Subject:         Alt text: claim lines west of Lake Khasan"), info)
        XCTAssertTrue(info.contains("Keywords:        Khasan, Changkufeng"), info)
        XCTAssertTrue(info.contains("Creator:         Borderlines 0.0-test"), info)
        XCTAssertTrue(info.contains("Author:          Borderlines tests"), info)
        XCTAssertTrue(info.contains("2001"), "CreationDate from the given epoch (2001-09-09): \(info)")
        XCTAssertTrue(info.contains("Page size:       600 x 450 pts"), info)
    }

    func testSourceDateEpochMakesBytesReproducible() throws {
        setenv("SOURCE_DATE_EPOCH", "1234567890", 1)
        defer { unsetenv("SOURCE_DATE_EPOCH") }
        let a = try renderScene()
        let b = try renderScene()
        XCTAssertEqual(a, b, "two renders with the same SOURCE_DATE_EPOCH must be identical")
        XCTAssertTrue(String(decoding: a, as: UTF8.self).contains("/CreationDate (20090213233130Z)"), "2009-02-13T23:31:30Z")
        setenv("SOURCE_DATE_EPOCH", "1234567891", 1)
        let c = try renderScene()
        XCTAssertNotEqual(a, c, "a different epoch changes the dates")
        XCTAssertTrue(String(decoding: c, as: UTF8.self).contains("/ModDate (20090213233131Z)"))
    }

    /// cairo 1.16 writes the dates without the "D:" prefix; pdfinfo still reads them.
    func testWithoutEpochTheFixedDateIsUsed() throws {
        unsetenv("SOURCE_DATE_EPOCH")
        let pdf = String(decoding: try renderScene(), as: UTF8.self)
        XCTAssertTrue(pdf.contains("/CreationDate (19700101000000Z)"), "fixed 1970-01-01, never the wall clock")
        XCTAssertTrue(pdf.contains("/ModDate (19700101000000Z)"))
    }

    func testPDFRastersLikeThePNG() throws {
        let canvas = try Canvas(width: 100, height: 100, format: .pdf)
        try canvas.fill(.rect(Rect(x: 20, y: 30, width: 40, height: 20)), .color(RGBA(hex: "#ff0000")!))
        let pdf = try canvas.finish()
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try ToolRunner.write(pdf, to: "\(dir)/t.pdf")
        let r = try ToolRunner.run("pdftoppm", ["-png", "-r", "72", "-singlefile", "\(dir)/t.pdf", "\(dir)/t"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let image = try RasterImage(png: Array(try Data(contentsOf: URL(fileURLWithPath: "\(dir)/t.png"))))
        XCTAssertEqual(image.width, 100)
        XCTAssertTrue(image.pixel(x: 40, y: 40).isClose(to: .pureRed, tolerance: 10))
        XCTAssertTrue(image.pixel(x: 10, y: 40).isClose(to: .pureWhite, tolerance: 10))
    }
}
