import Foundation
import Gazetteer
import XCTest
@testable import Geoparser
import TestSupport

/// One-pass extraction: the SHA-256 fed chunk by chunk while scanning equals the reference digest
/// (across the 1 MB chunks and 2 MB map windows), the scan finds what the two-pass path finds, and
/// a header whose digest is filled in afterwards has exactly the bytes of one written with it.
final class OnePassExtractionTests: XCTestCase {
    private let sample = MixedSample.text

    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = TestScratch.path("one-pass", ext: "txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    func testDigestAndResultsMatchTheTwoPassPathAcrossWindows() throws {
        // ~2.3 MB: a full 2 MB map window and a partial one, 1 MB chunks inside the first, with
        // multi-byte scalars (and, in the second case, an invalid byte) straddling the boundaries.
        var bytes = Array(String(repeating: sample, count: 2_300_000 / sample.utf8.count).utf8)
        for boundary in [1 << 20, 2 << 20] where boundary + 2 < bytes.count {
            bytes.replaceSubrange((boundary - 1)..<(boundary + 2), with: Array("张".utf8))
        }
        var damaged = bytes
        damaged[(2 << 20) - 1] = 0xFF
        for input in [bytes, damaged, Array(sample.utf8), []] {
            let path = try temporaryFile(input)
            defer { try? FileManager.default.removeItem(atPath: path) }
            XCTAssertTrue(try Geoparser.checkRegularFile(path: path))
            let twoPass = try Geoparser.inspect(path: path)
            let expected = CollectingSink(document: path, sha256: twoPass.sha256)
            try Shared.parser.extract(path: path, into: expected)
            let sink = CollectingSink(document: path, sha256: twoPass.sha256)
            let info = try Shared.parser.extractInOnePass(path: path, into: sink, hashing: true)
            XCTAssertEqual(info, twoPass, "\(input.count) bytes")
            XCTAssertEqual(info.sha256, SHA256.hex(of: input), "the portable digest of all the bytes at once")
            XCTAssertEqual(sink.extraction, expected.extraction)
            let unhashed = try Shared.parser.extractInOnePass(path: path, into: CollectingSink(document: path, sha256: ""), hashing: false)
            XCTAssertEqual(unhashed.sha256, "")
            XCTAssertEqual(unhashed.invalidUTF8, twoPass.invalidUTF8)
        }
    }

    func testTheRegularFileCheckRefusesAsInspectDoes() throws {
        XCTAssertThrowsError(try Geoparser.checkRegularFile(path: "/nonexistent/borderlines.txt")) { XCTAssertEqual(($0 as? ExtractError)?.exitCode, 66) }
        XCTAssertThrowsError(try Geoparser.checkRegularFile(path: NSTemporaryDirectory())) { XCTAssertEqual(($0 as? ExtractError)?.exitCode, 66) }
        // A NUL past the first 64 KiB is not looked at, as in `inspect`.
        let late = try temporaryFile(Array(repeating: 0x61, count: BinaryCheck.sampleBytes) + [0])
        defer { try? FileManager.default.removeItem(atPath: late) }
        XCTAssertTrue(try Geoparser.checkRegularFile(path: late))
        let binary = try temporaryFile([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2])
        defer { try? FileManager.default.removeItem(atPath: binary) }
        XCTAssertThrowsError(try Geoparser.checkRegularFile(path: binary)) { XCTAssertEqual(($0 as? ExtractError)?.exitCode, 65) }
        // A device can be read only once: the caller falls back to inspecting, then extracting.
        XCTAssertFalse(try Geoparser.checkRegularFile(path: "/dev/null"))
    }

    /// A header written with a placeholder and filled in equals one written with the digest, whether
    /// the placeholder is still buffered or already flushed (here past 64 KB of mentions).
    func testAFilledInDigestGivesTheSameBytes() {
        let digest = String(repeating: "0123456789abcdef", count: 4)
        for count in [1, 2000] {
            let text = String(repeating: sample, count: count)
            let makers: [(ByteWriter, String?) -> any ExtractionSink & DeferredDigest] = [
                { JSONFormatter(writer: $0, document: "d \"1\".txt", sha256: $1) },
                { GeoJSONFormatter(writer: $0, document: "d \"1\".txt", sha256: $1) },
            ]
            for make in makers {
                let given = ByteWriter(), deferred = ByteWriter()
                Shared.parser.extract(bytes: Array(text.utf8), into: make(given, digest))
                let formatter = make(deferred, nil)
                Shared.parser.extract(bytes: Array(text.utf8), into: formatter)
                XCTAssertTrue(formatter.fillSHA256(digest))
                given.flush(); deferred.flush()
                XCTAssertEqual(deferred.captured, given.captured, "\(count) copies")
            }
        }
        // A formatter given its digest has no placeholder to fill.
        XCTAssertFalse(JSONFormatter(writer: ByteWriter(), document: "d", sha256: digest).fillSHA256(digest))
    }

    func testOverwriteReachesTheFileWhereTheBytesWereWritten() throws {
        let path = try temporaryFile(Array("prefix ".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_WRONLY)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(fd) }
        _ = lseek(fd, 7, SEEK_SET)   // stdout of `(echo …; borderlines …) > file` starts past 0
        let writer = ByteWriter(fileDescriptor: fd)
        XCTAssertTrue(writer.canOverwrite)
        let body = (0..<100_000).map { UInt8(0x61 + $0 % 26) }
        writer.write(body)   // past the flush threshold: the start is in the file, the end buffered
        XCTAssertTrue(writer.overwrite(at: 3, with: Array("XYZ".utf8)))
        XCTAssertTrue(writer.overwrite(at: 99_990, with: Array("END".utf8)))
        XCTAssertFalse(writer.overwrite(at: 99_999, with: Array("PAST".utf8)), "beyond what was written")
        writer.flush()
        var expected = Array("prefix ".utf8) + body
        expected.replaceSubrange(10..<13, with: Array("XYZ".utf8))
        expected.replaceSubrange(99_997..<100_000, with: Array("END".utf8))
        XCTAssertEqual(try Array(Data(contentsOf: URL(fileURLWithPath: path))), expected)
    }

    func testPipesAndAppendingFilesCannotBeOverwritten() throws {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[0]); close(fds[1]) }
        XCTAssertFalse(ByteWriter(fileDescriptor: fds[1]).canOverwrite)
        let path = try temporaryFile([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let appending = open(path, O_WRONLY | O_APPEND)
        defer { close(appending) }
        XCTAssertFalse(ByteWriter(fileDescriptor: appending).canOverwrite, "pwrite would append on Linux")
        let null = open("/dev/null", O_WRONLY)
        defer { close(null) }
        XCTAssertTrue(ByteWriter(fileDescriptor: null).canOverwrite)
    }
}
