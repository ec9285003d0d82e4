import Canvas
import XCTest

final class DeterminismTests: CanvasTestCase {
    private func render(_ format: OutputFormat, scale: Double = 1) throws -> [UInt8] {
        let canvas = try Canvas(width: 600, height: 450, format: format, scale: scale,
                                metadata: DocumentMetadata(title: "Khasan", subject: "alt", creator: "Borderlines test"))
        try MapScene.draw(on: canvas)
        return try canvas.finish()
    }

    func testSameInputSameBytes() throws {
        for format in OutputFormat.allCases {
            let a = try render(format), b = try render(format)
            XCTAssertEqual(a, b, "\(format) differs between two renders")
            XCTAssertGreaterThan(a.count, 1000)
        }
        XCTAssertEqual(try render(.png, scale: 2), try render(.png, scale: 2))
    }

    func testDifferentInputDifferentBytes() throws {
        // Guards the test above: a byte comparison that always passed would prove nothing.
        for format in OutputFormat.allCases {
            let other = try Canvas(width: 600, height: 450, format: format)
            try MapScene.draw(on: other, labelCount: 9)
            XCTAssertNotEqual(try other.finish(), try render(format), "\(format)")
        }
    }
}
