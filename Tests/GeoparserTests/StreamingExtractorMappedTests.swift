import Foundation
import Gazetteer
import XCTest
@testable import Geoparser
import TestSupport

/// Scanning a mapped file in place gives the scanner exactly the buffers (arguments and bytes) that
/// copying the same bytes gives it, read in the same pieces: with multi-byte scalars straddling
/// pieces, buffers and map windows, invalid UTF-8 anywhere, report windows smaller than the
/// margins and map windows smaller than a buffer.
final class StreamingExtractorMappedTests: XCTestCase {
    /// What one extraction did: every scan call, the result and whether invalid UTF-8 was seen.
    private struct Run: Equatable {
        var calls: [ScanCall] = []
        var extraction: Extraction
        var invalid: Bool
    }

    /// About 24 KB of the mixed sample (two- and three-byte scalars) with four-byte ones between.
    private static let mixed: [UInt8] = {
        var bytes: [UInt8] = []
        while bytes.count < 24_000 { bytes += Array(MixedSample.text.utf8) + Array(" 𝄞 ".utf8) }
        return bytes
    }()

    /// Named documents for every case of the input path.
    private static let documents: [(String, [UInt8])] = {
        var invalid = mixed
        // An invalid byte, a cut-off sequence before ASCII, a stray continuation byte; then 15 KB of
        // valid text, where the in-place path takes over again.
        invalid[1000] = 0xFF
        invalid.replaceSubrange(5000..<5003, with: [0xE2, 0x82, 0x41])
        invalid[9000] = 0x80
        var everywhere = mixed
        for k in stride(from: 500, to: everywhere.count, by: 700) { everywhere[k] = 0xFF }
        let english = Array(String(repeating: "The line runs near Lake Khasan; Hill 588 south-west of Grodekovo. ", count: 300).utf8)
        return [
            ("mixed", mixed), ("english", english), ("invalid", invalid), ("invalid everywhere", everywhere),
            ("cut-off tail", mixed + [0xF0, 0x9F, 0x98]), ("invalid first byte", [0xC0] + mixed),
            ("tiny", Array("Lake Khasan".utf8)), ("one byte", [0x41]),
        ]
    }()

    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = TestScratch.path("mapped-scan", ext: "txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    private func extractor(_ sink: CollectingSink, chunkSize: Int) -> StreamingExtractor {
        StreamingExtractor(scanner: DocumentScanner(compiled: Shared.parser.compiled, geodesic: Shared.parser.geodesic, sink: sink), chunkSize: chunkSize)
    }

    /// The copying path: `feed(_:)` with the bytes in `readSize` pieces, as files were read before.
    private func copying(_ bytes: [UInt8], chunkSize: Int, readSize: Int) -> Run {
        let sink = CollectingSink(document: "", sha256: "")
        let x = extractor(sink, chunkSize: chunkSize)
        var calls: [ScanCall] = []
        x.traceScan = { calls.append($0) }
        bytes.withUnsafeBytes { all in
            for start in stride(from: 0, to: all.count, by: readSize) {
                x.feed(UnsafeRawBufferPointer(rebasing: all[start..<min(all.count, start + readSize)]))
            }
        }
        x.finish()
        return Run(calls: calls, extraction: sink.extraction, invalid: x.sawInvalidUTF8)
    }

    /// The in-place path over the file at `path`; `copied` says whether any piece was copied, and
    /// `seen` is every byte `observe` was shown.
    private func inPlace(_ path: String, chunkSize: Int, readSize: Int, window: Int) throws -> (run: Run, copied: Bool, seen: [UInt8]) {
        let sink = CollectingSink(document: "", sha256: "")
        let x = extractor(sink, chunkSize: chunkSize)
        var calls: [ScanCall] = []
        x.traceScan = { calls.append($0) }
        let file = try DocumentFile(path: path)
        defer { file.close() }
        var seen: [UInt8] = []
        if let mapped = file.mapped(window: window) {
            try x.feed(file: mapped, readSize: readSize) { seen += Array($0) }
            try x.finishFile()
        } else {
            x.finish()
        }
        return (Run(calls: calls, extraction: sink.extraction, invalid: x.sawInvalidUTF8), x.buffer.capacity > 0, seen)
    }

    func testInPlaceScansTheBuffersTheCopyingPathScans() throws {
        for (name, bytes) in Self.documents {
            let path = try temporaryFile(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            for chunkSize in [1024, 1500, 4099] {
                for readSize in [1 << 20, 4096, 1000, 3] {
                    let expected = copying(bytes, chunkSize: chunkSize, readSize: readSize)
                    XCTAssertEqual(expected.invalid, !valid)
                    for window in [1, 4096, MappedWindow.defaultWindow] {
                        let got = try inPlace(path, chunkSize: chunkSize, readSize: readSize, window: window)
                        let what = "\(name), chunk \(chunkSize), read \(readSize), window \(window)"
                        XCTAssertEqual(got.run.calls.count, expected.calls.count, what)
                        XCTAssertTrue(got.run == expected, what)
                        XCTAssertEqual(got.seen, bytes, what)
                        // Valid UTF-8 is never copied.
                        if valid { XCTAssertFalse(got.copied, what) }
                    }
                }
            }
        }
    }

    func testAfterInvalidBytesTheScanIsInPlaceAgain() throws {
        let (_, bytes) = try XCTUnwrap(Self.documents.first { $0.0 == "invalid" })
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try DocumentFile(path: path)
        defer { file.close() }
        let x = extractor(CollectingSink(document: "", sha256: ""), chunkSize: 1024)
        try x.feed(file: XCTUnwrap(file.mapped(window: 4096))) { _ in }
        XCTAssertNotNil(x.borrowedStart, "the last 15 KB are valid: the buffer is the file's again")
        XCTAssertEqual(x.buffer.count, 0)
        try x.finishFile()
        XCTAssertTrue(x.sawInvalidUTF8)
    }

    /// The default pieces and buffers (1 MB), with a one-byte least window and the default one:
    /// ~1.2 MB with a scalar straddling the 1 MB mark (a piece's end) and one straddling the end
    /// of the first buffer's margin, and in the second case an invalid byte just before that.
    func testOnePassMatchesTheCopyingPath() throws {
        var bytes = Array(String(repeating: MixedSample.text, count: 1_200_000 / MixedSample.text.utf8.count).utf8)
        for boundary in [1 << 20, (1 << 20) + StreamingExtractor.margin] {
            bytes.replaceSubrange((boundary - 1)..<(boundary + 3), with: Array("𝄞".utf8))
        }
        var damaged = bytes
        damaged[(1 << 20) + StreamingExtractor.margin - 2] = 0xFF
        for input in [bytes, damaged] {
            let path = try temporaryFile(input)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let expected = copying(input, chunkSize: 1 << 20, readSize: 1 << 20)
            let got = try inPlace(path, chunkSize: 1 << 20, readSize: 1 << 20, window: 1)
            XCTAssertTrue(got.run == expected)
            let sink = CollectingSink(document: "", sha256: "")
            let info = try Shared.parser.extractInOnePass(path: path, into: sink, hashing: true)
            XCTAssertEqual(sink.extraction, expected.extraction)
            XCTAssertEqual(info.sha256, SHA256.hex(of: input))
            XCTAssertEqual(info.invalidUTF8, input == damaged)
            XCTAssertEqual(info.bytes, input.count)
        }
    }

    func testAnEmptyFileIsReadNotMapped() throws {
        let path = try temporaryFile([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = CollectingSink(document: "", sha256: "")
        let info = try Shared.parser.extractInOnePass(path: path, into: sink, hashing: true, chunkSize: 1024, window: 1)
        XCTAssertEqual(info.bytes, 0)
        XCTAssertEqual(info.sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(sink.extraction.mentions, [])
    }
}
