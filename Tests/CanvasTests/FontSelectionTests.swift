@testable import Canvas
import XCTest

/// The private fontconfig configuration (`FontSelection`) must set text exactly as the default
/// configuration does, for every script and style a map uses.
final class FontSelectionTests: CanvasTestCase {
    private let samples = ["Changkufeng 42°30′N", "Заозёрная", "張鼓峰", "ハサン湖", "琿春 Hunchun"]
    private let pinned = Set(Font.defaultFamilies + Font.chineseFamilies)

    func testSelectionHoldsThePinnedFamilies() throws {
        let selection = try XCTUnwrap(FontSelection(families: pinned))
        XCTAssertTrue(selection.covers(Font()))
        XCTAssertTrue(selection.covers(Font(families: Font.chineseFamilies)))
        XCTAssertFalse(selection.covers(Font(families: ["DejaVu Serif"])))
    }

    func testMissingFamilyGivesNoSelection() {
        // Callers then keep fontconfig's default configuration rather than lose every glyph.
        XCTAssertNil(FontSelection(families: ["No Such Family Borderlines"]))
        XCTAssertNil(FontSelection(families: []))
    }

    func testSelectedFontsMeasureAsTheDefaultConfiguration() throws {
        let selected = try TextEngine(selection: try XCTUnwrap(FontSelection(families: pinned)))
        let standard = try TextEngine(selection: nil)
        for families in [Font.defaultFamilies, Font.chineseFamilies] {
            for (weight, style) in [(FontWeight.regular, FontStyle.normal), (.bold, .normal), (.regular, .italic), (.bold, .italic)] {
                let font = Font(families: families, size: 13.7, weight: weight, style: style)
                for text in samples {
                    let a = try selected.layout(text, font: font).extents, b = try standard.layout(text, font: font).extents
                    XCTAssertEqual(a, b, "\(text) in \(font)")
                    XCTAssertEqual(a.unknownGlyphs, 0, "\(text) in \(font)")
                }
            }
        }
    }

    func testFontOutsideTheSelectionUsesTheDefaultConfiguration() throws {
        let selected = try TextEngine(selection: try XCTUnwrap(FontSelection(families: ["DejaVu Sans"])))
        let serif = Font(families: ["DejaVu Serif"], size: 12)
        XCTAssertEqual(try selected.layout("Changkufeng", font: serif).extents,
                       try TextEngine(selection: nil).layout("Changkufeng", font: serif).extents)
    }
}
