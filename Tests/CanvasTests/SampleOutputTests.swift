import Canvas
import Foundation
import XCTest

/// Writes sample outputs to /tmp/canvas-samples for a human to look at.
/// Runs only with BORDERLINES_SAMPLES=1 (it writes outside the test's own directory).
final class SampleOutputTests: CanvasTestCase {
    func testWriteSamples() throws {
        guard ProcessInfo.processInfo.environment["BORDERLINES_SAMPLES"] == "1" else {
            throw XCTSkip("set BORDERLINES_SAMPLES=1 to write /tmp/canvas-samples")
        }
        let dir = "/tmp/canvas-samples"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let meta = DocumentMetadata(title: "Lake Khasan, 1938", subject: "Both claim lines and the disputed strip west of Lake Khasan.",
                                    keywords: ["Khasan", "1938"], creator: "Borderlines test")
        for (format, scale, name) in [(OutputFormat.png, 1.0, "scene-1x.png"), (.png, 2.0, "scene-2x.png"),
                                      (.svg, 1.0, "scene.svg"), (.pdf, 1.0, "scene.pdf")] {
            let canvas = try Canvas(width: 1200, height: 900, format: format, scale: scale, metadata: meta,
                                    target: .file("\(dir)/\(name)"))
            try MapScene.draw(on: canvas)
            try canvas.finish()
        }
        // Halo close-ups: dark, busy background so any gap in a halo shows.
        for (format, scale, name) in [(OutputFormat.png, 1.0, "halo-1x.png"), (.png, 2.0, "halo-2x.png"), (.pdf, 1.0, "halo.pdf"), (.svg, 1.0, "halo.svg")] {
            let c = try Canvas(width: 300, height: 140, format: format, scale: scale, target: .file("\(dir)/\(name)"))
            try c.fill(.rect(Rect(x: 0, y: 0, width: 300, height: 140)), .color(RGBA(hex: "#2b4a5e")!))
            try c.fill(.rect(Rect(x: 0, y: 0, width: 300, height: 140)), .hatch(Hatch(spacing: 4, angle: 30, lineWidth: 1.2, color: RGBA(hex: "#e6550d")!)))
            for (i, radius) in [1.0, 1.6, 3.0].enumerated() {
                try c.drawText("Заозёрная 張鼓峰 ハサン湖 Hill 588", at: Point(10, 30 + Double(i) * 40),
                               style: TextStyle(font: Font(size: i == 2 ? 16 : 12, weight: i == 2 ? .bold : .regular),
                                                color: RGBA(hex: "#111111")!, halo: Halo(color: .white, radius: radius)))
            }
            try c.drawText("translucent halo", at: Point(200, 130),
                           style: TextStyle(font: Font(size: 11, style: .italic), halo: Halo(color: RGBA.white.withAlpha(0.6), radius: 2)))
            try c.finish()
        }
        XCTAssertEqual(try ToolRunner.run("pdftoppm", ["-png", "-r", "144", "-singlefile", "\(dir)/halo.pdf", "\(dir)/halo-pdf-2x"]).status, 0)
        XCTAssertEqual(try ToolRunner.run("rsvg-convert", ["-z", "2", "-o", "\(dir)/halo-svg-2x.png", "\(dir)/halo.svg"]).status, 0)
        XCTAssertEqual(try ToolRunner.run("rsvg-convert", ["-o", "\(dir)/scene-svg.png", "\(dir)/scene.svg"]).status, 0)
        XCTAssertEqual(try ToolRunner.run("pdftoppm", ["-png", "-r", "72", "-singlefile", "\(dir)/scene.pdf", "\(dir)/scene-pdf"]).status, 0)
    }
}
