import XCTest
@testable import Gazetteer

/// Objects find their members the same way whether they are small (searched in order) or large
/// (indexed): first spelling of a key kept in place, last value wins, canonical key equality.
final class JSONValueTests: XCTestCase {
    func testSmallAndLargeObjectsLookUpAndReplaceAlike() {
        for count in [0, 1, 2, 5, 12, 13, 30] {
            var members: [(key: String, value: JSONValue)] = (0..<count).map { ("k\($0)", .number(Double($0))) }
            // A duplicate of every third key, later in the object, and one written decomposed.
            members += stride(from: 0, to: count, by: 3).map { ("k\($0)", .string("again \($0)")) }
            members.append(("é", .bool(true)))
            members.append(("e\u{301}", .bool(false)))
            let o = JSONObject(members: members, line: 7)
            XCTAssertEqual(o.keys, (0..<count).map { "k\($0)" } + ["é"], "\(count) members")
            for i in 0..<count {
                XCTAssertEqual(o["k\(i)"], i % 3 == 0 ? .string("again \(i)") : .number(Double(i)))
            }
            XCTAssertEqual(o["é"], .bool(false), "canonically equal keys are one key")
            XCTAssertEqual(o["e\u{301}"], .bool(false))
            XCTAssertNil(o["missing"])
            XCTAssertEqual(o.line, 7)
        }
    }
}
