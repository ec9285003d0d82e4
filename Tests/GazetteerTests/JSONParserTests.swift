import XCTest
@testable import Gazetteer

final class JSONParserTests: XCTestCase {
    private func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    private func parseError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> JSONParseError? {
        do {
            _ = try JSONParser.parse(Array(text.utf8))
            XCTFail("expected a parse error for \(text.prefix(40))", file: file, line: line)
            return nil
        } catch { return error }
    }

    func testParsesNestedValuesAndKeepsMemberOrder() throws {
        let v = try parse(#"{"b": [1, -2.5e2, true, false, null], "a": "x\u00e9\ud83d\ude00\n"}"#)
        let o = try XCTUnwrap(v.object)
        XCTAssertEqual(o.keys, ["b", "a"])
        XCTAssertEqual(o["b"], .array([.number(1), .number(-250), .bool(true), .bool(false), .null]))
        XCTAssertEqual(o["a"]?.string, "xé😀\n")
    }

    func testObjectsRememberTheirLine() throws {
        let v = try parse("{\n \"f\": [\n  {\"x\": 1},\n  {\"y\": 2}\n ]\n}")
        let items = try XCTUnwrap(v.object?["f"]?.array)
        XCTAssertEqual(items[0].object?.line, 3)
        XCTAssertEqual(items[1].object?.line, 4)
    }

    func testErrorsNameLineAndColumn() {
        let e = parseError("{\n  \"a\": [1, 2,\n  \"b\": x }")
        XCTAssertEqual(e?.line, 3)
        XCTAssertEqual(e?.column, 6)
        XCTAssertTrue(e?.reason.contains("expected ','") ?? false, e?.reason ?? "")
    }

    func testTruncatedFileSaysSo() {
        XCTAssertTrue(parseError("{\"a\": [1, 2")?.reason.contains("truncated") ?? false)
        XCTAssertTrue(parseError("{\"a\": \"abc")?.reason.contains("unterminated") ?? false)
    }

    func testEmptyInputAndTrailingContent() {
        XCTAssertTrue(parseError("   ")?.reason.contains("empty") ?? false)
        XCTAssertTrue(parseError("{} {}")?.reason.contains("after the JSON value") ?? false)
    }

    func testByteOrderMarkIsAccepted() throws {
        let v = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
        XCTAssertEqual(v, .array([.number(1)]))
    }

    func testNaNInfinityAndOverflowAreRejected() {
        XCTAssertTrue(parseError("[NaN]")?.reason.contains("NaN") ?? false)
        XCTAssertTrue(parseError("[Infinity]")?.reason.contains("Infinity") ?? false)
        XCTAssertTrue(parseError("[1e400]")?.reason.contains("out of range") ?? false)
        XCTAssertNotNil(parseError("[-]"))
        XCTAssertNotNil(parseError("[1.]"))
    }

    func testDeepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertTrue(parseError(deep)?.reason.contains("nesting deeper") ?? false)
    }

    func testInvalidStringsAreRejected() {
        XCTAssertNotNil(parseError("[\"a\u{01}b\"]"))          // raw control character
        XCTAssertNotNil(parseError(#"["\ud800"]"#))            // lone surrogate
        XCTAssertNotNil(parseError(#"["\q"]"#))                // unknown escape
        XCTAssertNotNil(try? JSONParser.parse([0x5B, 0x22, 0x61, 0x22, 0x5D]))
        XCTAssertThrowsError(try JSONParser.parse([0x5B, 0x22, 0xFF, 0x22, 0x5D]))  // invalid UTF-8 in a string
    }

    func testDuplicateKeysKeepTheLastValue() throws {
        let o = try XCTUnwrap(try parse(#"{"a": 1, "a": 2}"#).object)
        XCTAssertEqual(o.keys, ["a"])
        XCTAssertEqual(o["a"], .number(2))
    }
}
