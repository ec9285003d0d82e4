import XCTest
@testable import Geoparser

/// The streaming repair decodes the same however its input is split: the held-back sequence is
/// completed from the next input's first bytes, the rest read in place.
final class UTF8RepairTests: XCTestCase {
    /// Valid and invalid sequences of every length, run together.
    private let samples: [[UInt8]] = [
        Array("a ж 张 𝄞 b".utf8),
        Array("张鼓峰".utf8) + [0xE5] + Array("x".utf8) + [0xF0, 0x9F, 0x98] + Array("𝄞".utf8),
        [0xE2, 0x82, 0x41, 0xF0, 0x9F, 0xE2, 0x82, 0xAC, 0xC3, 0xA9, 0xFF, 0xED, 0xA0, 0x80, 0xC3],
        [0xE2, 0xE2, 0x80, 0xE2, 0x80, 0xE2, 0x80, 0x80, 0xF4, 0x90, 0x80, 0x80, 0xE0, 0x80, 0x80],
        Array("Хасан".utf8) + [0xD0],
    ]

    /// Repairs `bytes` cut at `cuts`, each part a separate call (only the last final).
    private func repaired(_ bytes: [UInt8], cuts: [Int], emits: Bool = true) -> (out: [UInt8], repair: UTF8Repair) {
        var repair = UTF8Repair()
        repair.emits = emits
        var out: [UInt8] = []
        let bounds = [0] + cuts + [bytes.count]
        for k in 0..<(bounds.count - 1) {
            bytes[bounds[k]..<bounds[k + 1]].withUnsafeBytes { repair.repair($0, final: k == bounds.count - 2, into: &out) }
        }
        return (out, repair)
    }

    func testEverySplitDecodesAsSwiftDoes() {
        for bytes in samples {
            let expected = Array(String(decoding: bytes, as: UTF8.self).utf8)
            let whole = repaired(bytes, cuts: [])
            XCTAssertEqual(whole.out, expected)
            for a in 0...bytes.count {
                for b in a...bytes.count {
                    let split = repaired(bytes, cuts: [a, b])
                    XCTAssertEqual(split.out, expected, "\(bytes) cut at \(a), \(b)")
                    XCTAssertEqual(split.repair.replacements, whole.repair.replacements)
                    XCTAssertEqual(split.repair.sawInvalid, whole.repair.sawInvalid)
                }
            }
        }
    }

    func testCheckingOnlyCountsTheSameReplacementsAndHoldsBackTheSameTail() {
        for bytes in samples {
            for cut in 0...bytes.count {
                var emitting = UTF8Repair(), checking = UTF8Repair()
                checking.emits = false
                var out: [UInt8] = [], none: [UInt8] = []
                bytes[..<cut].withUnsafeBytes {
                    emitting.repair($0, final: false, into: &out)
                    checking.repair($0, final: false, into: &none)
                }
                XCTAssertEqual(none, [])
                XCTAssertEqual(checking.replacements, emitting.replacements)
                XCTAssertEqual(checking.pendingCount, emitting.pendingCount)
                XCTAssertEqual(checking.sawNonASCII, emitting.sawNonASCII)
                // Only a valid but incomplete sequence is held back, at most three bytes.
                XCTAssertLessThanOrEqual(checking.pendingCount, 3)
            }
        }
    }

    func testAHeldBackSequenceIsCompletedByTheNextInput() {
        let bytes = Array("𝄞x".utf8)
        var repair = UTF8Repair()
        var out: [UInt8] = []
        bytes[..<1].withUnsafeBytes { repair.repair($0, final: false, into: &out) }
        XCTAssertEqual(repair.pendingCount, 1)
        bytes[1..<3].withUnsafeBytes { repair.repair($0, final: false, into: &out) }
        XCTAssertEqual(repair.pendingCount, 3)
        XCTAssertEqual(out, [])
        bytes[3...].withUnsafeBytes { repair.repair($0, final: true, into: &out) }
        XCTAssertEqual(repair.pendingCount, 0)
        XCTAssertEqual(out, bytes)
        XCTAssertEqual(repair.replacements, 0)
    }
}
