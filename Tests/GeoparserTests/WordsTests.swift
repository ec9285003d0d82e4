import XCTest
@testable import Geoparser

/// The rule words kept as `TokenHash` literals are the hashes of their words.
final class WordsTests: XCTestCase {
    func testHashLiteralsAreTheirWords() {
        let literals: [(String, UInt64)] = [
            ("the", Words.the), ("of", Words.of), ("from", Words.from), ("due", Words.due), ("directly", Words.directly),
            ("that", Words.that), ("those", Words.those), ("and", Words.and), ("or", Words.or), ("to", Words.to),
            ("military", Words.military), ("district", Words.district), ("от", Words.ot), ("к", Words.k), ("в", Words.v),
        ]
        for (word, hash) in literals { XCTAssertEqual(hash, TokenHash.of(word), word) }
        // Capitals fold as the text's tokens do.
        XCTAssertEqual(TokenHash.of("The"), Words.the)
        XCTAssertTrue(Words.today.contains(TokenHash.of("To-day")))
        XCTAssertTrue(Words.today.contains(TokenHash.of("сегодня")))
        XCTAssertFalse(Words.today.contains(TokenHash.of("tomorrow")))
    }
}
