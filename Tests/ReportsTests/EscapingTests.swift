import XCTest
@testable import Reports

/// Strings from data reach HTML and Markdown as text, never as markup.
final class EscapingTests: XCTestCase {
    func testHTML() {
        XCTAssertEqual(Escaping.html("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;")
        XCTAssertEqual(Escaping.html("a & \"b\" 'c'"), "a &amp; &quot;b&quot; &#39;c&#39;")
        XCTAssertEqual(Escaping.html("x\u{0}\u{7}y"), "xy", "control characters are dropped")
        XCTAssertEqual(Escaping.html("Хасан 張鼓峰"), "Хасан 張鼓峰")
    }

    func testMarkdown() {
        let s = Escaping.markdown("<script>alert(1)</script> *b* _i_ [l](javascript:x) `c` a|b ![i](x)\nnext")
        XCTAssertFalse(s.contains("<"))
        XCTAssertFalse(s.contains("\n"))
        for raw in ["*b*", "_i_", "[l]", "`c`", "a|b", "![i]"] { XCTAssertFalse(s.contains(raw), raw) }
        XCTAssertTrue(s.contains("&lt;script&gt;"))
        XCTAssertTrue(s.contains("\\*b\\*"))
        XCTAssertTrue(s.contains("a\\|b"))
    }

    func testURLPath() {
        XCTAssertEqual(Escaping.urlPath("khasan-1938/overview.png"), "khasan-1938/overview.png")
        XCTAssertEqual(Escaping.urlPath("a b/c\"d.png"), "a%20b/c%22d.png")
    }
}
