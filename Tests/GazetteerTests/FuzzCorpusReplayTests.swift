import Foundation
import TestSupport
import XCTest

/// Replays the committed fuzz seeds and crash reproducers (Tests/Fixtures/fuzz/TARGET) through
/// the same harnesses libFuzzer runs, by running the BorderlinesFuzz replayer SwiftPM builds next
/// to the test bundle: every file must go through without a crash (exit 0, no signal).
final class FuzzCorpusReplayTests: XCTestCase {
    /// Tests/Fixtures/fuzz in this checkout.
    static let fuzzFixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz")

    /// The replayer in the products directory (where the test bundle sits).
    static var replayer: URL {
        var dir = Bundle.main.bundleURL
        if dir.pathExtension == "xctest" { dir = dir.deletingLastPathComponent() }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            dir = bundle.bundleURL.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("BorderlinesFuzz")
    }

    func testGeoJSONSeedsReplayCleanly() throws { try replay("geojson", atLeast: 10) }

    func testGeoparserSeedsReplayCleanly() throws { try replay("geoparser", atLeast: 8) }

    private func replay(_ target: String, atLeast minimum: Int) throws {
        let dir = Self.fuzzFixtures.appendingPathComponent(target)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        XCTAssertGreaterThanOrEqual(seeds.count, minimum, "seeds missing from \(dir.path)")
        let program = Self.replayer
        guard FileManager.default.isExecutableFile(atPath: program.path) else {
            return XCTFail("\(program.path) not built; run `swift build --product BorderlinesFuzz` (swift test builds it)")
        }
        let process = Process()
        process.executableURL = program
        process.arguments = [target, dir.path]
        var env = ProcessInfo.processInfo.environment
        env["BORDERLINES_FUZZ_VERBOSE"] = "1"   // the last file named on stderr is the one that crashed
        process.environment = env
        let errPath = TestScratch.path("fuzz-replay", ext: "stderr")
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try err.close()
        let stderr = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
        XCTAssertEqual(process.terminationReason, .exit, "\(target) replay died of a signal; files replayed:\n\(stderr)")
        XCTAssertEqual(process.terminationStatus, 0, "\(target) replay failed:\n\(stderr)")
        XCTAssertEqual(stderr.split(separator: "\n").count, seeds.count, "every seed replayed:\n\(stderr)")
    }
}
