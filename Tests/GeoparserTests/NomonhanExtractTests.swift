import Foundation
import Gazetteer
import Geoparser
import XCTest

/// The bundled 1939 dispute: its names are found in their variant spellings and scripts, with no code of its own.
final class NomonhanExtractTests: XCTestCase {
    func testFindsNomonhanAndKhalkhinGolInVariantSpellings() throws {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let g = try Gazetteer.load(paths: [url.path + "/GeoData/nomonhan-1939.geojson"])
        let parser = Geoparser(gazetteer: g)
        let text = """
        On May 11 Barga horsemen rode to Nomon-Khan and crossed the Khalkhin-Gol; later reports speak of the Halha River \
        and of Nomonhan. Советские войска вышли к реке Халхин-Гол у Номонхана. ノモンハンでの戦闘はハルハ河の東岸で続いた。\
        诺门罕战役发生在哈拉哈河附近。
        """
        let found = parser.extract(text: text).mentions
        // "the Halha River": an English generic word after the name stays outside the span (conventions, rule 2).
        func ids(_ surface: String) -> [String?] { found.filter { $0.surface.contains(surface) }.map(\.id) }
        for s in ["Nomon-Khan", "Nomonhan", "ノモンハン", "诺门罕"] { XCTAssertEqual(ids(s), ["nomonhan"], s) }
        for s in ["Khalkhin-Gol", "Halha", "ハルハ河", "哈拉哈河"] { XCTAssertEqual(ids(s), ["khalkhin-gol"], s) }
        XCTAssertTrue(found.contains { $0.id == "nomonhan" && $0.surface.hasPrefix("Номонхан") }, "Russian inflected form: \(found.map(\.surface))")
        XCTAssertTrue(found.contains { $0.id == "khalkhin-gol" && $0.surface.contains("Халхин-Гол") })
    }
}
