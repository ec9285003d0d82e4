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

    func testParallelRendersMatchSerialOnes() async throws {
        // Each task owns its Canvas (and with it its own Pango font map).
        let serial = try OutputFormat.allCases.map { try render($0) }
        let parallel = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for (i, format) in OutputFormat.allCases.enumerated() {
                for _ in 0..<2 {
                    group.addTask {
                        let c = try Canvas(width: 600, height: 450, format: format,
                                           metadata: DocumentMetadata(title: "Khasan", subject: "alt", creator: "Borderlines test"))
                        try MapScene.draw(on: c)
                        return (i, try c.finish())
                    }
                }
            }
            var out: [(Int, [UInt8])] = []
            for try await r in group { out.append(r) }
            return out
        }
        XCTAssertEqual(parallel.count, 6)
        for (i, bytes) in parallel { XCTAssertEqual(bytes, serial[i], "\(OutputFormat.allCases[i])") }
    }

    func testFontsWarmedInTheBackgroundGiveTheSameBytes() throws {
        // The first Canvas after prepareFonts takes the warmed text engine; what it lays out
        // must not differ from a fresh engine's.
        let reference = try OutputFormat.allCases.map { try render($0) }
        Canvas.prepareFonts([Font(size: 13), Font(size: 24, weight: .bold)], sample: "Ag Хасан 張鼓峰")
        Canvas.prepareFonts([Font(size: 99)]) // later calls do nothing
        for (i, format) in OutputFormat.allCases.enumerated() {
            XCTAssertEqual(try render(format), reference[i], "\(format)")
        }
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
