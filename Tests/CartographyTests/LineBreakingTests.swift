@testable import Cartography
import XCTest

/// Line breaking for map text: spaces in alphabetic scripts, between characters in CJK, with kinsoku.
final class LineBreakingTests: XCTestCase {
    /// Width of a string when every character is one unit wide.
    private func byCharacters(_ s: String) -> Double { Double(s.count) }

    func testLatinTextBreaksAtSpacesOnly() {
        XCTAssertEqual(LineBreaking.lines("the quick brown fox", width: 10, measure: byCharacters), ["the quick", "brown fox"])
        XCTAssertEqual(LineBreaking.lines("unbreakableword here", width: 5, measure: byCharacters), ["unbreakableword", "here"])
        XCTAssertEqual(LineBreaking.lines("a   b", width: 10, measure: byCharacters), ["a b"], "runs of spaces collapse")
        XCTAssertEqual(LineBreaking.lines("", width: 10, measure: byCharacters), [])
    }

    func testCJKTextBreaksBetweenCharacters() {
        XCTAssertEqual(LineBreaking.lines("円で示した位置は推定", width: 4, measure: byCharacters), ["円で示し", "た位置は", "推定"])
    }

    func testKinsokuKeepsPunctuationWithItsText() {
        // "。" may not start a line and "（" may not end one.
        let lines = LineBreaking.lines("主張線は概略。円は推定（最大）", width: 6, measure: byCharacters)
        XCTAssertFalse(lines.contains { $0.hasPrefix("。") || $0.hasPrefix("）") }, "\(lines)")
        XCTAssertFalse(lines.contains { $0.hasSuffix("（") }, "\(lines)")
        XCTAssertEqual(lines.joined(), "主張線は概略。円は推定（最大）")
    }

    func testLatinWordsInsideCJKStayWhole() {
        let lines = LineBreaking.lines("由Borderlines制作", width: 3, measure: byCharacters)
        XCTAssertTrue(lines.contains { $0.contains("Borderlines") }, "\(lines)")
        XCTAssertEqual(lines.joined(), "由Borderlines制作")
    }
}
