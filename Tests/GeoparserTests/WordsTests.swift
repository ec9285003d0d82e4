import XCTest
@testable import Geoparser

/// The rule words kept as `TokenHash` literals are the hashes of their words; the compass table
/// built from directions agrees with parsing each form.
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

    func testTheCompassTableAgreesWithParsingEachForm() {
        // Every form of one to three cardinal words or letters, in the spellings the table holds
        // and some it must not ("northsouth", "NS", "we"): present with the parsed azimuth, or absent.
        // (Hashes fold case, so letter forms are written in capitals, as the rules require them.)
        let names = ["north", "east", "south", "west"], letters = ["N", "E", "S", "W"]
        var forms: [String] = ["we", "new", "northsouth", "eastwest", "NS", "EW", "NNNE", "north-north-north"]
        for a in 0..<4 {
            forms += [names[a], letters[a]]
            for b in 0..<4 {
                forms += [names[a] + "-" + names[b], names[a] + names[b], letters[a] + letters[b]]
                for c in 0..<4 {
                    forms += [[names[a], names[b], names[c]].joined(separator: "-"), names[a] + names[b] + names[c],
                              names[a] + "-" + names[b] + names[c], letters[a] + letters[b] + letters[c]]
                }
            }
        }
        var found = 0
        for f in forms {
            let expected = DocumentScanner.compassAzimuth(f)
            XCTAssertEqual(Words.compass[TokenHash.of(f)], expected, f)
            if expected != nil { found += 1 }
        }
        // 4 cardinal points in 2 spellings, 8 two-word orders ("north-east", "east-north") in 3,
        // 16 three-word combinations ("north-north-east", "north-east-north") in 4.
        XCTAssertEqual(found, 96)
        XCTAssertEqual(Words.compass[TokenHash.of("south-west")], 225)
        XCTAssertEqual(Words.compass[TokenHash.of("NNE")], 22.5)
    }
}
