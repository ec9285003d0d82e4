import Foundation
import XCTest
@testable import Gazetteer

/// The parser's String-free number conversion must give exactly the Double that `Double(String)`
/// (strtod, correctly rounded) gives, bit for bit, or step aside.
final class DecimalFastPathTests: XCTestCase {
    private func parsed(_ text: String) throws -> Double {
        guard case let .number(v) = try JSONParser.parse(Array(text.utf8)) else { throw XCTSkip("not a number: \(text)") }
        return v
    }

    private func assertExact(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try XCTUnwrap(Double(text), text, file: file, line: line)
        XCTAssertEqual(try parsed(text).bitPattern, expected.bitPattern, text, file: file, line: line)
    }

    func testEdgeCasesMatchStrtod() throws {
        for text in ["0", "-0", "0.0", "-0.0", "1", "-1", "9007199254740992", "9007199254740993", "90071992547409921",
                     "0.1", "0.3", "130.609937", "-68.12345678901234", "42.455023", "1e22", "1e23", "1E-22", "1e-23",
                     "123456789012345678901234567890", "0.000000000000000000000001", "1.7976931348623157e308",
                     "4.9e-324", "2.2250738585072014e-308", "5e-1", "12.5e+2", "100000000000000000000000", "0.1e1"] {
            try assertExact(text)
        }
    }

    func testRandomCoordinatesMatchStrtod() throws {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let v = Double.random(in: -180...180, using: &rng)
            let digits = Int.random(in: 0...17, using: &rng)
            let text = digits == 17 ? "\(v)" : String(format: "%.\(digits)f", v)
            try assertExact(text)
            let exp = Int.random(in: -30...30, using: &rng)
            try assertExact("\(Int.random(in: 0...99_999_999, using: &rng))e\(exp)")
        }
    }
}
