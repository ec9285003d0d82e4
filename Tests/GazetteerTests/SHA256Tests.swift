import XCTest
@testable import Gazetteer

final class SHA256Tests: XCTestCase {
    func testKnownVectors() {
        XCTAssertEqual(SHA256.hex(of: [UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(of: Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func testStreamingEqualsOneShot() {
        let data = (0..<1000).map { UInt8($0 % 251) }
        var h = SHA256()
        h.update(data[0..<7]); h.update(data[7..<500]); h.update(data[500...])
        let streamed = h.finalize().map { String(format: "%02x", $0) }.joined()
        XCTAssertEqual(streamed, SHA256.hex(of: data))
    }
}
