import XCTest
@testable import Geoparser

/// The byte-keyed lookup of generic words answers as the linear String scan did, including for
/// words that are canonically equal to a generic word but written differently.
final class GenericWordLookupTests: XCTestCase {
    func testAnswersAsTheLinearScan() {
        let entries = Lexicon.genericBefore + Lexicon.genericAfter
        var words = entries.map(\.0) + entries.map { $0.0.uppercased() } + entries.map { $0.0 + "а" } + ["", ".", "x", "оз.", "посе\u{308}лок", "посёлок", "ст\r\n"]
        words += entries.map { String($0.0.dropLast()) }
        for word in words {
            XCTAssertEqual(GenericWordLookup.before(word), Lexicon.genericBefore.first(where: { $0.0 == word })?.1, word)
            XCTAssertEqual(GenericWordLookup.after(word), Lexicon.genericAfter.first(where: { $0.0 == word })?.1, word)
        }
        XCTAssertEqual(GenericWordLookup.before("посе\u{308}лок"), .settlement, "a decomposed ё still matches")
    }
}
