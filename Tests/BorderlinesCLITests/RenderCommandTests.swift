import Foundation
import TestSupport
import XCTest

final class RenderCommandTests: XCTestCase {
    /// The repository's bundled data, so the tests do not depend on where the binary was built.
    let data = ["--data", {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path + "/GeoData/khasan-1938.geojson"
    }()]

    func testRendersEachFormatByExtension() throws {
        let dir = try CommandRunner.temporaryDirectory()
        for ext in ["png", "svg", "pdf"] {
            let path = "\(dir)/map.\(ext)"
            let r = try CommandRunner.run(["render", "-o", path] + data)
            XCTAssertEqual(r.status, 0, r.stderr)
            let head = try XCTUnwrap(FileManager.default.contents(atPath: path)).prefix(8)
            switch ext {
            case "png": XCTAssertEqual(Array(head), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            case "svg": XCTAssertTrue(String(decoding: head, as: UTF8.self).hasPrefix("<?xml") || String(decoding: head, as: UTF8.self).hasPrefix("<svg"))
            default: XCTAssertEqual(String(decoding: head.prefix(4), as: UTF8.self), "%PDF")
            }
        }
    }

    func testWritesToStandardOutput() throws {
        let r = try CommandRunner.run(["render", "-o", "-", "--format", "svg", "--incident", "hill-588-attack-1938-08-07"] + data)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("<svg"))
        XCTAssertTrue(r.stdout.contains("Hill 588"))
    }

    func testUnknownIncidentIsAUsageErrorWithSuggestion() throws {
        let dir = try CommandRunner.temporaryDirectory()
        let r = try CommandRunner.run(["render", "--incident", "hill-588", "-o", "\(dir)/x.png"] + data)
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("did you mean \"hill-588-attack-1938-08-07\""), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(dir)/x.png"))
    }

    func testMissingDirectoryExits73() throws {
        let r = try CommandRunner.run(["render", "-o", "/nonexistent-\(UUID().uuidString)/map.png"] + data)
        XCTAssertEqual(r.status, 73, r.stderr)
        XCTAssertTrue(r.stderr.contains("nonexistent"), r.stderr)
    }

    func testConflictingAndAbsurdFlagsAreUsageErrors() throws {
        let dir = try CommandRunner.temporaryDirectory()
        let cases: [[String]] = [
            ["--format", "svg", "-o", "\(dir)/a.png"],
            ["--width", "0", "--height", "100"],
            ["--width", "-5", "--height", "100"],
            ["--width", "100000", "--height", "100"],
            ["--width", "800"],
            ["--paper", "a4", "--width", "800", "--height", "600"],
            ["--paper", "a3"],
            ["--scale", "0"],
            ["--lang", "fr"],
            ["--theme", "neon"],
            ["--bbox", "131,42,130,43"],
            ["--bbox", "1,2,3"],
            ["--view", "korea"],
            ["-o", "-"],
        ]
        for args in cases {
            let r = try CommandRunner.run(["render"] + args + (args.contains("-o") ? [] : ["-o", "\(dir)/b.png"]) + data)
            XCTAssertEqual(r.status, 64, "\(args): \(r.stderr)")
            XCTAssertFalse(r.stderr.isEmpty)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(dir)/b.png"), "no output for a usage error")
    }

    func testScaleAndSizeSetThePixels() throws {
        let dir = try CommandRunner.temporaryDirectory()
        let r = try CommandRunner.run(["render", "--width", "800", "--height", "600", "--scale", "2", "-o", "\(dir)/s.png", "--verbose"] + data)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("1600×1200 px"), r.stderr)
        let png = try XCTUnwrap(FileManager.default.contents(atPath: "\(dir)/s.png"))
        // IHDR width and height, big-endian, at bytes 16–23.
        let w = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, h = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual([w, h], [1600, 1200])
    }
}
