import Foundation
import TestSupport
import XCTest

/// `render` with several `-o`: one run writes every format, byte for byte what separate runs
/// write; a refused run writes none of them.
final class MultipleOutputTests: XCTestCase {
    private let data = ["--data", TestlandFixture.path]
    /// The bundled Khasan dispute: Japanese labels exercise the CJK fonts.
    private let khasan = ["--data", {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path + "/GeoData/khasan-1938.geojson"
    }()]

    func testOneRunWritesWhatSeparateRunsWrite() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let size = ["--width", "600", "--height", "450", "--lang", "ja"] + khasan
        let together = try CommandRunner.run(["render", "-o", s.path("both.svg"), "-o", s.path("both.pdf"), "-o", s.path("both.png")] + size)
        XCTAssertEqual(together.status, 0, together.stderr)
        for ext in ["svg", "pdf", "png"] {
            let alone = try CommandRunner.run(["render", "-o", s.path("alone.\(ext)")] + size)
            XCTAssertEqual(alone.status, 0, alone.stderr)
            let a = try XCTUnwrap(FileManager.default.contents(atPath: s.path("both.\(ext)")))
            let b = try XCTUnwrap(FileManager.default.contents(atPath: s.path("alone.\(ext)")))
            XCTAssertEqual(a, b, "\(ext) from a run with three outputs differs from its own run")
        }
    }

    func testStandardOutputBesideAFile() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let r = try CommandRunner.run(["render", "--format", "svg", "-o", "-", "-o", s.path("copy.svg")] + data)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("<?xml") || r.stdout.hasPrefix("<svg"), String(r.stdout.prefix(80)))
        XCTAssertEqual(Array(r.stdout.utf8), Array(try XCTUnwrap(FileManager.default.contents(atPath: s.path("copy.svg")))))
    }

    func testUsageErrorsNameTheOutput() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let svg = s.path("m.svg"), pdf = s.path("m.pdf")
        try assertRefused(["render", "-o", svg, "-o", svg] + data, Refusal(status: 64, keywords: ["m.svg", "twice"]), untouched: [svg])
        try assertRefused(["render", "--format", "svg", "-o", "-", "-o", "-"] + data, Refusal(status: 64, keywords: ["-o -", "twice"]))
        try assertRefused(["render", "--format", "svg", "-o", svg, "-o", pdf] + data, Refusal(status: 64, keywords: ["contradicts", "m.pdf"]), untouched: [svg, pdf])
        try assertRefused(["render", "-o", svg, "-o", s.path("m.jpg")] + data, Refusal(status: 64, keywords: ["m.jpg", "png, svg or pdf"]), untouched: [svg])
    }

    func testAnUnwritableOutputWritesNoneOfThem() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let old = try s.write("yesterday's map", to: "m.svg")
        let missing = s.path("no/such/dir/m.pdf")
        try assertRefused(["render", "-o", old, "-o", missing] + data, Refusal(status: 73, keywords: ["no/such/dir", "does not exist"]),
                          untouched: [old, missing])
        try assertRefused(["render", "--incident", "nope", "-o", old, "-o", s.path("m.pdf")] + data, Refusal(status: 64, keywords: ["nope"]),
                          untouched: [old, s.path("m.pdf")])
    }
}
