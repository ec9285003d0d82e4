import Foundation
import XCTest
@testable import Geoparser
import TestSupport

/// The sliding map returns the file's bytes for any range, whatever the window size, and keeps
/// the bytes from `keeping` on addressable with the range.
final class MappedWindowTests: XCTestCase {
    private func withFile(_ bytes: [UInt8], _ body: (DocumentFile) throws -> Void) throws {
        let path = TestScratch.path("mapped", ext: "txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try DocumentFile(path: path)
        defer { file.close() }
        try body(file)
    }

    func testAnyRangeReadsTheFileWhateverTheWindow() throws {
        let bytes = (0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) }
        try withFile(bytes) { file in
            for window in [1, 100, 4096, 10_000, 1 << 20] {
                // Mapped, and read with pread as when mmap fails.
                for mapped in [try XCTUnwrap(file.mapped(window: window)), MappedWindow(fd: file.fd, name: file.path, size: bytes.count, window: window, maps: false)] {
                    XCTAssertEqual(mapped.size, bytes.count)
                    var generator = SystemRandomNumberGenerator()
                    for _ in 0..<200 {
                        // Any range with any look-behind: forwards as the extractor asks, and backwards.
                        let a = Int.random(in: 0..<bytes.count, using: &generator)
                        let b = min(bytes.count, a + Int.random(in: 0...9000, using: &generator))
                        let keep = Int.random(in: 0...a, using: &generator)
                        let got = try mapped.bytes(a..<b, keeping: keep)
                        XCTAssertEqual(Array(got), Array(bytes[a..<b]), "window \(window), \(a)..<\(b)")
                        // What was kept is still there with it.
                        let again = try mapped.bytes(keep..<b, keeping: keep)
                        XCTAssertEqual(Array(again), Array(bytes[keep..<b]))
                    }
                    XCTAssertEqual(Array(try mapped.bytes(bytes.count..<bytes.count, keeping: 0)), [])
                    XCTAssertEqual(Array(try mapped.bytes((bytes.count - 1)..<bytes.count, keeping: 0)), [bytes.last!])
                }
            }
        }
    }

    func testAFileCutShortUnderAReadIsAnError() throws {
        try withFile(Array(repeating: 0x61, count: 10_000)) { file in
            let reader = MappedWindow(fd: file.fd, name: "doc.txt", size: 20_000, window: 4096, maps: false)
            XCTAssertThrowsError(try reader.bytes(0..<15_000, keeping: 0)) { XCTAssertEqual(($0 as? ExtractError)?.exitCode, 66) }
        }
    }

    func testOnlyRegularFilesWithBytesAreMapped() throws {
        try withFile([]) { XCTAssertNil($0.mapped(window: 4096)) }
        try withFile([0x41]) { XCTAssertEqual($0.mapped(window: 4096)?.size, 1) }
        let null = try DocumentFile(path: "/dev/null")
        defer { null.close() }
        XCTAssertNil(null.mapped(window: 4096))
    }
}
