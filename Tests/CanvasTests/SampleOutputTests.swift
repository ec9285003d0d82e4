import Canvas
import Foundation
import XCTest

/// Writes sample outputs to /tmp/canvas-samples for a human to look at.
/// Runs only with BORDERLINES_SAMPLES=1 (it writes outside the test's own directory).
final class SampleOutputTests: XCTestCase {
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
        XCTAssertEqual(try ToolRunner.run("rsvg-convert", ["-o", "\(dir)/scene-svg.png", "\(dir)/scene.svg"]).status, 0)
        XCTAssertEqual(try ToolRunner.run("pdftoppm", ["-png", "-r", "72", "-singlefile", "\(dir)/scene.pdf", "\(dir)/scene-pdf"]).status, 0)
    }
}
