import Foundation
import XCTest
import Gazetteer
@testable import Geoparser

/// The seed document against its full annotation (../shared/fixtures/seed-gold.json).
final class SeedGoldTests: XCTestCase {
    /// ../shared beside the repository, found from this file's path.
    static var sharedDirectory: String {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared").path
    }

    static var repositoryDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    struct Score: CustomStringConvertible {
        var tp = 0, fp = 0, fn = 0
        var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var description: String { String(format: "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", precision, recall, f1, tp, fp, fn) }
    }

    func testSeedReproducesGold() throws {
        let shared = SeedGoldTests.sharedDirectory
        guard FileManager.default.fileExists(atPath: shared + "/fixtures/seed-gold.json") else {
            throw XCTSkip("../shared is absent (looked in \(shared)); the seed-gold test needs the shared corpus and gold")
        }
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: shared + "/fixtures/seed-gold.json"))) as! [String: Any]
        let textPath = shared + "/" + (gold["text_path"] as! String)
        let text = try String(contentsOfFile: textPath, encoding: .utf8)

        var parsers: [(String, Geoparser)] = [("fixture gazetteer", try FixtureGazetteer.geoparser())]
        let bundled = SeedGoldTests.repositoryDirectory + "/GeoData"
        if FileManager.default.fileExists(atPath: bundled + "/khasan-1938.geojson") {
            let g = try Gazetteer.load(paths: [bundled])
            parsers.append(("bundled GeoData", Geoparser(gazetteer: g, treaties: FixtureGazetteer.treaties)))
        }
        for (label, parser) in parsers {
            let result = parser.extract(text: text, document: textPath)
            check(result, gold: gold, text: text, label: label)
        }
    }

    private func check(_ result: Extraction, gold: [String: Any], text: String, label: String) {
        let scalars = Array(text.unicodeScalars)
        // Mentions: exact span and id.
        let goldMentions = (gold["gold"] as! [[String: Any]]).map { g -> (Int, Int, String) in
            let s = g["offset"] as! Int
            return (s, s + (g["surface"] as! String).unicodeScalars.count, g["name"] as! String)
        }
        var score = Score()
        var predicted = Set(result.mentions.map { "\($0.start)-\($0.end)-\($0.id ?? "null")" })
        for (s, e, id) in goldMentions {
            if predicted.remove("\(s)-\(e)-\(id)") != nil { score.tp += 1 } else {
                score.fn += 1
                XCTFail("[\(label)] missed \(id) \"\(String(String.UnicodeScalarView(scalars[s..<e])))\" at \(s)")
            }
        }
        for extra in predicted.sorted() {
            score.fp += 1
            XCTFail("[\(label)] unexpected mention \(extra): \(result.mentions.first { "\($0.start)-\($0.end)-\($0.id ?? "null")" == extra }!.surface)")
        }
        // Negatives: no prediction may overlap one.
        for n in gold["negatives"] as! [[String: Any]] {
            let s = n["offset"] as! Int, e = s + (n["surface"] as! String).unicodeScalars.count
            for m in result.mentions where m.start < e && s < m.end {
                XCTFail("[\(label)] mention \(m.surface) overlaps negative \(n["surface"]!) at \(s)")
            }
        }
        // Treaties.
        var treatyScore = Score()
        var treaties = Set(result.treaties.map { "\($0.start)-\($0.end)-\($0.id ?? "null")" })
        for t in gold["treaty_refs"] as! [[String: Any]] {
            let s = t["offset"] as! Int
            let key = "\(s)-\(s + (t["surface"] as! String).unicodeScalars.count)-\(t["name"] as! String)"
            if treaties.remove(key) != nil { treatyScore.tp += 1 } else { treatyScore.fn += 1; XCTFail("[\(label)] missed treaty \(key)") }
        }
        treatyScore.fp = treaties.count
        for extra in treaties { XCTFail("[\(label)] unexpected treaty \(extra)") }
        // Relative locations: the point within the tolerance, with anchor and target.
        var relScore = Score()
        var unmatched = result.relative
        for r in gold["relative"] as! [[String: Any]] {
            let c = r["coord"] as! [Double]
            let tol = (r["tolerance_km"] as! Double) * 1000
            if let i = unmatched.firstIndex(where: { $0.start == r["offset"] as! Int && $0.anchor == r["anchor"] as! String }) {
                let got = unmatched.remove(at: i)
                let d = haversineMeters(got.coordinate, Coordinate(lon: c[0], lat: c[1]))
                XCTAssertLessThan(d, 100, "[\(label)] Hill 588 point is \(d) m from the reference")
                XCTAssertLessThan(d, tol)
                XCTAssertEqual(got.target, r["target"] as? String)
                XCTAssertEqual(got.surface, r["surface"] as? String)
                XCTAssertEqual(got.azimuthDegrees, 225)
                XCTAssertEqual(got.distanceMeters, 22000)
                relScore.tp += 1
            } else {
                relScore.fn += 1
                XCTFail("[\(label)] missed relative location \(r["surface"]!)")
            }
        }
        relScore.fp = unmatched.count
        print("seed-gold [\(label)] mentions \(score); treaties \(treatyScore); relative \(relScore)")
        XCTAssertEqual(score.tp, 40)
        XCTAssertEqual(treatyScore.tp, 12)
        // The incident of 7 August at Hill 588 is supported by "Hill 588" and "To-day" in one paragraph.
        XCTAssertTrue(result.incidents.contains { $0.id == "hill-588-1938-08-07" } || label != "fixture gazetteer", "[\(label)] incidents: \(result.incidents)")
    }
}
