import Canvas
import Foundation
import XCTest

final class ErrorTests: CanvasTestCase {
    private func expect(_ expression: @autoclosure () throws -> some Any, file: StaticString = #filePath, line: UInt = #line,
                        _ check: (CanvasError) -> Bool) {
        XCTAssertThrowsError(try expression(), file: file, line: line) { error in
            guard let e = error as? CanvasError else { return XCTFail("not a CanvasError: \(error)", file: file, line: line) }
            XCTAssertTrue(check(e), "unexpected \(e)", file: file, line: line)
        }
    }

    func testMissingDirectoryNamesThePathAndLeavesNoFile() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = "\(dir)/no/such/dir/map.png"
        for format in OutputFormat.allCases {
            expect(try Canvas(width: 10, height: 10, format: format, target: .file(path))) { e in
                guard case let .cannotWrite(p, reason) = e else { return false }
                return p == path && reason.contains("\(dir)/no/such/dir") && e.description.contains(path)
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testDirectoryVanishingBeforeFinishLeavesNothing() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let sub = "\(dir)/out"
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: false)
        let canvas = try Canvas(width: 10, height: 10, format: .svg, target: .file("\(sub)/m.svg"))
        try FileManager.default.removeItem(atPath: sub)
        expect(try canvas.finish()) { if case .cannotWrite(path: "\(sub)/m.svg", _) = $0 { return true }; return false }
        XCTAssertFalse(FileManager.default.fileExists(atPath: sub))
    }

    func testUnwritableDirectory() throws {
        guard getuid() != 0 else { throw XCTSkip("root can write anywhere") }
        let dir = try ToolRunner.temporaryDirectory()
        defer { chmod(dir, 0o755); try? FileManager.default.removeItem(atPath: dir) }
        chmod(dir, 0o555)
        expect(try Canvas(width: 10, height: 10, format: .pdf, target: .file("\(dir)/m.pdf"))) {
            if case let .cannotWrite(_, reason) = $0 { return reason.contains("not writable") }
            return false
        }
    }

    func testADirectoryInTheWayLeavesNothingBehind() throws {
        // Works even as root: a directory appears at the target between drawing and finishing.
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let canvas = try Canvas(width: 10, height: 10, format: .svg, target: .file("\(dir)/map.svg"))
        try FileManager.default.createDirectory(atPath: "\(dir)/map.svg", withIntermediateDirectories: false)
        try ToolRunner.write([1], to: "\(dir)/map.svg/keep")
        expect(try canvas.finish()) { if case .cannotWrite(path: "\(dir)/map.svg", _) = $0 { return true }; return false }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["map.svg"], "no temporary left")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: "\(dir)/map.svg"), ["keep"])
    }

    func testPathThatIsNotADirectory() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try ToolRunner.write([1], to: "\(dir)/file")
        expect(try Canvas(width: 10, height: 10, format: .png, target: .file("\(dir)/file/m.png"))) {
            if case let .cannotWrite(_, reason) = $0 { return reason.contains("not a directory") }
            return false
        }
    }

    func testFileTargetIsWrittenAtomicallyAndOverwrites() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = "\(dir)/map.png"
        try ToolRunner.write(Array("old".utf8), to: path)
        let canvas = try Canvas(width: 20, height: 20, format: .png, target: .file(path))
        let bytes = try canvas.finish()
        XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: path))), bytes)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["map.png"], "no temporary left behind")
    }

    func testBadSizes() {
        for (w, h) in [(0.0, 10.0), (10, 0), (-5, 10), (10, -1), (.nan, 10), (.infinity, 10)] {
            for format in OutputFormat.allCases {
                expect(try Canvas(width: w, height: h, format: format)) { if case .invalidSize = $0 { return true }; return false }
            }
        }
        expect(try Canvas(width: 10, height: 10, format: .png, scale: 0)) { if case .invalidSize = $0 { return true }; return false }
        expect(try Canvas(width: 10, height: 10, format: .png, scale: -2)) { if case .invalidSize = $0 { return true }; return false }
        expect(try Canvas(width: 20_000, height: 10, format: .png, scale: 2)) { if case .invalidSize = $0 { return true }; return false }
        expect(try Canvas(width: 0.2, height: 10, format: .png)) { if case .invalidSize = $0 { return true }; return false }
        expect(try Canvas(width: 20_000, height: 10, format: .pdf)) { if case .invalidSize = $0 { return true }; return false }
    }

    func testBadArguments() throws {
        let c = try Canvas(width: 10, height: 10, format: .png)
        let line = Path.polyline([Point(0, 0), Point(5, 5)])
        let invalid: (CanvasError) -> Bool = { if case .invalidArgument = $0 { return true }; return false }
        expect(try c.stroke(line, color: .black, style: StrokeStyle(width: -1)), invalid)
        expect(try c.stroke(line, color: .black, style: StrokeStyle(dash: [0, 0])), invalid)
        expect(try c.stroke(line, color: .black, style: StrokeStyle(dash: [-1, 2])), invalid)
        expect(try c.stroke(.polyline([Point(0, 0), Point(.nan, 1)]), color: .black), invalid)
        expect(try c.fill(.rect(Rect(x: 0, y: 0, width: 5, height: 5)), .hatch(Hatch(spacing: 0))), invalid)
        expect(try c.fill(.rect(Rect(x: 0, y: 0, width: 5, height: 5)), .hatch(Hatch(spacing: 2, lineWidth: 3))), invalid)
        expect(try c.beginGroup(id: "g", opacity: 1.5), invalid)
        expect(try c.drawMarker(.circle, at: Point(1, 1), size: 0, fill: .black), invalid)
        expect(try c.drawText("x", at: Point(.infinity, 0), style: TextStyle()), invalid)
        try c.finish()
    }

    func testMisuseIsReported() throws {
        for format in OutputFormat.allCases {
            let misuse: (CanvasError) -> Bool = { if case .misuse = $0 { return true }; return false }
            let c = try Canvas(width: 10, height: 10, format: format)
            expect(try c.restore(), misuse)
            expect(try c.endGroup(), misuse)
            try c.beginGroup(id: "a")
            try c.save()
            expect(try c.endGroup(), misuse) // a save() is still open inside the group
            try c.restore()
            expect(try c.finish(), misuse) // group still open
            try c.endGroup()
            try c.finish()
            expect(try c.finish(), misuse)
            expect(try c.fill(.rect(Rect(x: 0, y: 0, width: 1, height: 1)), .color(.black)), misuse)
        }
    }

    func testAbandonedCanvasesAreFreedSafely() throws {
        // An unfinished PDF surface still writes its trailer when destroyed; that must not
        // touch freed memory.
        for format in OutputFormat.allCases {
            let c = try Canvas(width: 50, height: 50, format: format)
            try c.drawText("Заозёрная", at: Point(5, 25), style: TextStyle(halo: Halo()))
        }
    }

    func testErrorMessagesAreReadable() {
        XCTAssertEqual(CanvasError.cannotWrite(path: "/x/y.png", reason: "directory '/x' does not exist").description,
                       "cannot write '/x/y.png': directory '/x' does not exist")
        XCTAssertTrue(CanvasError.cairo(operation: "cairo_fill", message: "out of memory").description.contains("out of memory"))
    }
}
