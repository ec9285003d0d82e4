import Foundation
import TestSupport
import XCTest

/// Issue 7, the command line: unknown ids get the nearest suggestion, conflicting flags and
/// out-of-range sizes are usage errors (64), boxes that are inverted, cross the antimeridian,
/// are empty or show nothing are refused — and none of them writes a file.
final class CommandLineGuaranteeTests: XCTestCase {
    private let data = ["--data", TestlandFixture.path]

    /// Runs `render` with `flags` into a fresh directory and asserts a usage refusal.
    private func assertUsage(_ flags: [String], _ keywords: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let out = s.path("map.png")
        let hasOutput = flags.contains("-o")
        try assertRefused(["render"] + flags + (hasOutput ? [] : ["-o", out]) + data, Refusal(status: 64, keywords: keywords),
                          untouched: hasOutput ? [] : [out], currentDirectory: s.dir, file: file, line: line)
        let left = try FileManager.default.contentsOfDirectory(atPath: s.dir)
        XCTAssertEqual(left, [], "no file written for \(flags)", file: file, line: line)
    }

    func testUnknownIdsSuggestTheNearest() throws {
        try assertUsage(["--incident", "alta-patrol-west"], ["unknown incident", "alta-patrol-west-2000-03-04"])
        try assertUsage(["--dispute", "testlnd-2000"], ["unknown dispute", "testlnd-2000"])
        try assertUsage(["--view", "altta"], ["unknown view", "alta"])
    }

    func testConflictingFlags() throws {
        try assertUsage(["--width", "800"], ["--width and --height together"])
        try assertUsage(["--paper", "a4", "--width", "800", "--height", "600"], ["alternatives"])
        try assertUsage(["-o", "-"], ["--format"])
    }

    func testSizesZeroNegativeAndBeyondTheCap() throws {
        try assertUsage(["--width", "0", "--height", "600"], ["--width", "16", "32767"])
        try assertUsage(["--width", "-800", "--height", "600"], ["--width -800", "32767"])
        try assertUsage(["--width", "800", "--height", "1e9"], ["--height", "32767"])
        try assertUsage(["--scale", "-2"], ["--scale", "0.25"])
        try assertUsage(["--scale", "100"], ["--scale", "10"])
        try assertUsage(["--dpi", "0"], ["--dpi", "36"])
        try assertUsage(["--paper", "a4", "--dpi", "1200", "--scale", "10"], ["largest side", "32767"])
        try assertUsage(["--width", "nan", "--height", "600"], ["--width"])
    }

    func testBoxesInvertedAcrossTheAntimeridianEmptyOrElsewhere() throws {
        // Western longitudes start with "-": they must reach the check, not read as flags.
        try assertUsage(["--bbox", "-68.5,-22.2,-69,-22.8"], ["south", "north"])
        try assertUsage(["--bbox", "-68.5,-22.8,-69,-22.2"], ["west", "east", "antimeridian"])
        try assertUsage(["--bbox", "179.5,-10,-179.5,10"], ["antimeridian", "split"])
        try assertUsage(["--bbox", "-68.7,-22.5,-68.7,-22.4"], ["west", "east"])
        try assertUsage(["--bbox", "-68.7,-22.5,-68.6999999,-22.4999999"], ["m a side"])
        try assertUsage(["--bbox", "10,40,11,41"], ["shows nothing", "testland-2000", "-68.95"])
        try assertUsage(["--bbox", "0,-95,1,0"], ["out of range"])
        try assertUsage(["--bbox", "1,2,3"], ["four numbers"])
    }

    func testAWesternBoxThatShowsTheDisputeRenders() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let r = try CommandRunner.run(["render", "--bbox", "-69,-22.9,-68.5,-22.1", "-o", s.path("m.svg")] + data)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: s.path("m.svg")))
    }

    /// `--bbox` trims spaces and tabs around each number (as Foundation's `.whitespaces` did
    /// before the trimming moved off NSString), and nothing else: a newline is still refused.
    func testBoxNumbersMayBeSurroundedBySpacesAndTabs() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        for (box, name) in [("-69,-22.9,-68.5,-22.1", "plain.svg"), (" -69 ,\t-22.9,\u{00A0}-68.5 , -22.1\t", "blanks.svg")] {
            let r = try CommandRunner.run(["render", "--bbox", box, "-o", s.path(name)] + data)
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        XCTAssertEqual(FileManager.default.contents(atPath: s.path("blanks.svg")),
                       FileManager.default.contents(atPath: s.path("plain.svg")))
        try assertUsage(["--bbox", "-69,-22.9,-68.5,-22.1\n"], ["four numbers"])
    }

    func testFormatAndExtension() throws {
        try assertUsage(["--format", "svg", "-o", "map.png"], ["contradicts"])
        try assertUsage(["-o", "map.jpg"], ["png, svg or pdf", "jpg"])
        try assertUsage(["--format", "png", "-o", "map.jpeg"], ["jpeg"])
        try assertUsage(["-o", "map.dat"], ["--format"])
        try assertUsage(["--format", "gif"], ["--format", "png, svg or pdf"])
    }

    func testAtlasJobs() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let out = s.path("atlas")
        for (jobs, words) in [("0", ["--jobs", "at least 1"]), ("-2", ["--jobs", "at least 1"]), ("100000", ["--jobs", "at most 64"])] {
            try assertRefused(["atlas", "--jobs", jobs, "--out", out] + data, Refusal(status: 64, keywords: words), untouched: [out])
        }
        try assertRefused(["atlas", "--formats", "png,gif", "--out", out] + data, Refusal(status: 64, keywords: ["gif"]), untouched: [out])
    }
}
