@testable import Canvas
import CZlib
import XCTest

/// Our vectorised Adler-32 must equal zlib's byte for byte: the PNG's zlib trailer depends on it.
final class Adler32Tests: XCTestCase {
    private func zlib(_ start: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        UInt32(adler32_z(UInt(start), bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count))
    }

    func testRandomLengthsAndAlignmentsMatchZlib() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<40_064).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes.withUnsafeBytes { all in
            for _ in 0..<2_000 {
                let offset = Int.random(in: 0..<64), count = Int.random(in: 0...40_000)
                // Any valid running checksum (both halves below 65521) as the start.
                let start = UInt32.random(in: 0..<65_521) << 16 | UInt32.random(in: 0..<65_521)
                let slice = UnsafeRawBufferPointer(rebasing: all[offset..<offset + count])
                XCTAssertEqual(Adler32.update(start, slice), zlib(start, slice), "offset \(offset), \(count) bytes")
            }
        }
    }

    func testEdgeCasesMatchZlib() {
        // All 0xFF is the worst case for overflow; the lengths straddle the 16-byte chunks and
        // zlib's 5552-byte reduction blocks.
        let ones = [UInt8](repeating: 0xFF, count: 3 * 5_552 + 33)
        ones.withUnsafeBytes { all in
            for count in [0, 1, 2, 15, 16, 17, 31, 32, 5_551, 5_552, 5_553, 5_568, 11_104, 11_105, all.count] {
                for start: UInt32 in [1, 0, 0xFFF0_FFF0] {
                    let slice = UnsafeRawBufferPointer(rebasing: all[0..<count])
                    XCTAssertEqual(Adler32.update(start, slice), zlib(start, slice), "\(count) bytes from \(start)")
                }
            }
        }
        XCTAssertEqual(Adler32.update(1, UnsafeRawBufferPointer(start: nil, count: 0)), 1)
        XCTAssertEqual(Array("Wikipedia".utf8).withUnsafeBytes { Adler32.update(1, $0) }, 0x11E6_0398)
    }
}
