import Canvas
import Cartography
import Foundation
import Gazetteer
import Geometry
import Projection
import XCTest

/// The second bundled dispute draws with no code of its own: river, both claims, in every format.
final class NomonhanMapTests: XCTestCase {
    static let gazetteer = try! Gazetteer.load(paths: [MapFixtures.root + "/GeoData/nomonhan-1939.geojson"])
    var dispute: Dispute { Self.gazetteer.disputes[0] }
    let theme = Theme.standard

    func testRendersInAllFormats() throws {
        for format in [OutputFormat.png, .svg, .pdf] {
            let map = try MapRenderer.render(Self.gazetteer, MapRequest(format: format))
            XCTAssertEqual(map.info.dispute, "nomonhan-1939")
            XCTAssertEqual(Set(map.info.claims), ["claim-japan-manchukuo", "claim-mongolia-ussr"])
            XCTAssertFalse(map.bytes.isEmpty)
        }
    }

    func testRiverAndBothClaimsAreWhereTheyBelong() throws {
        let map = try MapFixtures.render(Self.gazetteer, MapRequest(), key: "nomonhan-png")
        let probe = try MapProbe(map)
        // The Khalkhin Gol where no claim line lies on it (the Japan/Manchukuo claim follows the
        // river over the battlefield): river vertices on the map at least 2 km from both claims.
        let river = try XCTUnwrap(dispute.basemap.first { $0.place == "khalkhin-gol" && $0.layer == .river })
        guard case .lineString(let riverLine) = river.geometry else { return XCTFail("river is not a line") }
        let ctx = GeometryContext()
        let projection = probe.transform.projection
        let claims = try dispute.claims.map { try ctx.lineString(try projection.project($0.line)) }
        var checked = 0, hits = 0
        for v in riverLine {
            let p = try probe.transform.point(v)
            guard probe.transform.frame.insetBy(20).contains(p) else { continue }
            let pt = try ctx.point(try projection.project(v))
            guard try claims.allSatisfy({ try $0.distance(to: pt) > 2_000 }) else { continue }
            checked += 1
            let near = (-2...2).flatMap { dx in (-2...2).map { dy in probe.pixel(at: Point(x: p.x + Double(dx) * 0.4, y: p.y + Double(dy) * 0.4)) } }
            if near.contains(where: { $0.matches(theme.waterLine, tolerance: 30) }) { hits += 1 }
        }
        XCTAssertGreaterThan(checked, 5, "river vertices away from the claims")
        XCTAssertGreaterThan(Double(hits) / Double(checked), 0.8, "the river is drawn in the water colour (\(hits)/\(checked))")

        for (id, style) in [("claim-japan-manchukuo", theme.claims[0]), ("claim-mongolia-ussr", theme.claims[1])] {
            let claim = try XCTUnwrap(dispute.claims.first { $0.id == id })
            let o = claim.schematic || claim.certainty == .uncertain ? theme.schematicOpacity : 1
            let c = style.color
            let expected = RGBA(red: c.red * o + (1 - o), green: c.green * o + (1 - o), blue: c.blue * o + (1 - o))
            var onColour = 0
            for (a, b) in zip(claim.line, claim.line.dropFirst()) {
                onColour += try probe.pixels(from: a, to: b, samples: 4).filter { $0.matches(expected, tolerance: 30) }.count
            }
            XCTAssertGreaterThan(onColour, 20, "\(id) in its colour")
        }
    }

    func testUnverifiedPlacesAreDrawnAsEstimates() throws {
        let map = try MapRenderer.render(Self.gazetteer, MapRequest(format: .svg))
        let svg = String(decoding: map.bytes, as: UTF8.self)
        XCTAssertTrue(svg.contains("id=\"uncertainty\""), "uncertainty circles for the unverified heights")
        XCTAssertTrue(map.info.sourcesLine.contains("estimates"), map.info.sourcesLine)
    }
}
