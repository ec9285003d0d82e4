import Canvas
import Cartography
import Foundation
import Gazetteer
import Geometry
import Projection
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

final class MapRendererTests: XCTestCase {
    let theme = Theme.standard
    var khasan: Dispute { MapFixtures.khasan.disputes[0] }
    func point(_ id: String) -> Coordinate { khasan.place(id)!.coordinate! }

    func overviewPNG() throws -> MapProbe {
        try MapProbe(try MapFixtures.render(MapFixtures.khasan, MapRequest(), key: "overview-png"))
    }

    // MARK: Pixel probes at projected coordinates

    func testLakeIsDrawnWhereTheLakeIs() throws {
        let probe = try overviewPNG()
        // 1.2 km south of the centroid is still inside the 4 km long lake, clear of its label.
        let inLake = Geodesic.wgs84.direct(from: point("lake-khasan"), azimuthDegrees: 180, distanceMeters: 1200)
        let water = try probe.pixel(at: inLake)
        XCTAssertTrue(water.matches(theme.water, tolerance: 12), "\(water)")
        // 1.5 km east of the lake is land.
        let east = Geodesic.wgs84.direct(from: point("lake-khasan"), azimuthDegrees: 90, distanceMeters: 1500)
        let land = try probe.pixel(at: east)
        XCTAssertTrue(land.matches(theme.land, tolerance: 12), "\(land)")
    }

    func testEachClaimIsDrawnInItsColourOnItsLine() throws {
        let probe = try overviewPNG()
        for (claim, color) in [("claim-ussr", theme.claims[0].color), ("claim-japan-manchukuo", theme.claims[1].color)] {
            let line = khasan.claims.first { $0.id == claim }!.line
            // Schematic lines are drawn lighter: the colour at the theme's opacity over the light casing.
            let o = theme.schematicOpacity
            let expected = RGBA(red: color.red * o + (1 - o), green: color.green * o + (1 - o), blue: color.blue * o + (1 - o))
            var hits = 0
            for (a, b) in zip(line, line.dropFirst()) {
                hits += try probe.pixels(from: a, to: b, samples: 20).filter { $0.matches(expected, tolerance: 30) }.count
            }
            XCTAssertGreaterThan(hits, 10, "\(claim) is drawn in \(color.hexRGB)")
        }
    }

    func testDisputedAreaIsFilledBetweenTheLines() throws {
        let probe = try overviewPNG()
        // 350 m east of Bezymyannaya lies between the crest line and the lake-shore line.
        let inside = Geodesic.wgs84.direct(from: point("bezymyannaya"), azimuthDegrees: 100, distanceMeters: 350)
        let centre = try probe.transform.point(inside)
        var tinted = 0, land = 0
        for dx in stride(from: -6.0, through: 6, by: 1) {
            for dy in stride(from: -6.0, through: 6, by: 1) {
                let px = probe.pixel(at: Point(x: centre.x + dx, y: centre.y + dy))
                if px.matches(theme.land, tolerance: 6) { land += 1 }
                if Int(px.red) - Int(px.blue) > 40 { tinted += 1 }
            }
        }
        XCTAssertGreaterThan(tinted, 150, "the disputed strip is tinted")
        XCTAssertLessThan(land, 10, "no plain land inside the disputed strip")
        // West of the Soviet line (Manchukuo under both claims) is plain land.
        let west = Geodesic.wgs84.direct(from: point("bezymyannaya"), azimuthDegrees: 260, distanceMeters: 900)
        XCTAssertTrue(try probe.pixel(at: west).matches(theme.land, tolerance: 12))
    }

    func testHighlightedIncidentMarkerIsWhereItBelongs() throws {
        let id = "japanese-night-attack-changkufeng-1938-07-31"
        let map = try MapFixtures.render(MapFixtures.khasan, MapRequest(incidentID: id), key: "night-png")
        let probe = try MapProbe(map)
        let marker = try XCTUnwrap(map.info.incidentMarkers[id])
        let at = Point(x: marker[0], y: marker[1])
        // Its callout starts at the incident's place: within 30 pt of it.
        let place = try probe.transform.point(point("changkufeng"))
        XCTAssertLessThan(((at.x - place.x) * (at.x - place.x) + (at.y - place.y) * (at.y - place.y)).squareRoot(), 30)
        // The highlight ring (between the marker's radius and the ring's) is in the highlight colour.
        let ring = probe.pixel(at: Point(x: at.x + 7.0 * 0.98, y: at.y))
        XCTAssertTrue(ring.matches(theme.highlight, tolerance: 40), "\(ring)")
        XCTAssertTrue(probe.pixel(at: Point(x: at.x - 4.5, y: at.y - 3.5)).matches(theme.incident, tolerance: 40))
        XCTAssertEqual(map.info.incident, id)
        XCTAssertTrue(map.info.title.contains("night attack"))
    }

    // MARK: Layout and furniture

    func testNoTwoLabelsOverlap() throws {
        for (key, request) in [("overview-png", MapRequest()), ("night-png", MapRequest(incidentID: "japanese-night-attack-changkufeng-1938-07-31"))] {
            let info = try MapFixtures.render(MapFixtures.khasan, request, key: key).info
            XCTAssertGreaterThan(info.labels.count, 5)
            let boxes = info.labels.map { BoundingBox(minX: $0.box[0], minY: $0.box[1], maxX: $0.box[0] + $0.box[2], maxY: $0.box[1] + $0.box[3]) }
            for i in boxes.indices { for j in boxes.indices where j > i {
                XCTAssertFalse(boxes[i].intersects(boxes[j]), "\(info.labels[i].id) overlaps \(info.labels[j].id)")
            } }
        }
    }

    func testScaleBarMatchesTheGeodesicDistanceAtTheCentre() throws {
        let map = try MapFixtures.render(MapFixtures.khasan, MapRequest(), key: "overview-png")
        let probe = try MapProbe(map)
        let meters = try XCTUnwrap(map.info.scaleBarMeters), width = try XCTUnwrap(map.info.scaleBarPoints)
        let c = probe.transform.frame.center
        let a = try probe.transform.lonLat(Point(x: c.x - width / 2, y: c.y)), b = try probe.transform.lonLat(Point(x: c.x + width / 2, y: c.y))
        let measured = Geodesic.wgs84.distance(a, b)
        XCTAssertEqual(measured / meters, 1, accuracy: 0.005, "bar says \(meters) m, ground is \(measured) m")
        XCTAssertTrue([1.0, 2, 5].contains(meters / pow(10, floor(log10(meters)))), "a round length")
    }

    func testScaleTwoDoublesThePixelsAndKeepsTheLayout() throws {
        var request = MapRequest()
        request.page.scale *= 2
        let big = try MapRenderer.render(MapFixtures.khasan, request)
        let small = try MapFixtures.render(MapFixtures.khasan, MapRequest(), key: "overview-png")
        XCTAssertEqual(big.info.pixels, small.info.pixels.map { $0 * 2 })
        let image = try RasterImage(png: big.bytes)
        XCTAssertEqual(image.width, 3200)
        XCTAssertEqual(image.height, 2400)
        XCTAssertEqual(big.info.labels.map(\.id), small.info.labels.map(\.id), "the same labels fit at 2×")
    }

    func testSameInputGivesTheSameBytes() throws {
        for format in [OutputFormat.png, .svg, .pdf] {
            let request = MapRequest(incidentID: "hill-588-attack-1938-08-07", format: format)
            let a = try MapRenderer.render(MapFixtures.khasan, request), b = try MapRenderer.render(MapFixtures.khasan, request)
            XCTAssertEqual(a.bytes, b.bytes, "\(format) differs between runs")
        }
    }

    // MARK: SVG and PDF for reports

    func testSVGHasNamedLayersSearchableTextAndAltText() throws {
        let map = try MapRenderer.render(MapFixtures.khasan, MapRequest(format: .svg))
        let doc = try XMLDocument(data: Data(map.bytes))
        func nodes(_ xpath: String) throws -> [XMLNode] { try doc.nodes(forXPath: xpath) }
        for id in ["basemap", "disputed-area", "claim-ussr", "claim-japan-manchukuo", "incidents", "labels", "legend", "scale-bar", "north-arrow", "inset"] {
            XCTAssertFalse(try nodes("//*[local-name()='g'][@id='\(id)']").isEmpty, "group \(id)")
        }
        let title = try nodes("/*[local-name()='svg']/*[local-name()='title']").first?.stringValue
        let desc = try nodes("/*[local-name()='svg']/*[local-name()='desc']").first?.stringValue
        XCTAssertEqual(title, map.info.title)
        XCTAssertEqual(desc, map.info.altText)
        XCTAssertTrue(desc?.contains("claimed boundary") ?? false)
        let texts = try nodes("//*[local-name()='text']").compactMap(\.stringValue)
        for word in ["Changkufeng 155 m", "Lake Khasan", "Legend", "USSR claim"] {
            XCTAssertTrue(texts.contains { $0.contains(word) }, "SVG text \(word)")
        }
    }

    func testSVGLabelsInRussianAreText() throws {
        let map = try MapRenderer.render(MapFixtures.khasan, MapRequest(format: .svg, lang: "ru"))
        let svg = String(decoding: map.bytes, as: UTF8.self)
        XCTAssertTrue(svg.contains("Заозёрная"), "Russian label of Changkufeng")
        XCTAssertTrue(svg.contains("озеро Хасан") || svg.contains("оз. Хасан") || svg.contains("Хасан"))
    }

    func testPDFHasTextEmbeddedFontsAndMetadata() throws {
        let map = try MapRenderer.render(MapFixtures.khasan, MapRequest(format: .pdf, lang: "ja"))
        let path = try Tool.temporaryFile(map.bytes, ext: "pdf")
        let text = try Tool.run("pdftotext", [path, "-"])
        XCTAssertTrue(text.contains("張鼓峰"), "Japanese label extracts as text")
        XCTAssertTrue(text.contains("凡例"), "the legend heading in Japanese extracts as text")
        let fonts = try Tool.run("pdffonts", [path]).split(separator: "\n").dropFirst(2)
        XCTAssertFalse(fonts.isEmpty)
        for line in fonts {
            XCTAssertFalse(line.contains("Type 3"), "no Type 3 fonts: \(line)")
            let cols = line.split(separator: " ", omittingEmptySubsequences: true)
            XCTAssertTrue(cols.count >= 5 && cols[cols.count - 5] == "yes", "embedded: \(line)")
        }
        let pdfinfo = try Tool.run("pdfinfo", [path])
        XCTAssertTrue(pdfinfo.contains("Title:") && pdfinfo.contains(map.info.title))
        XCTAssertTrue(pdfinfo.contains("Subject:"))
    }

    // MARK: Views, themes, other hemispheres

    func testClaimantViewDrawsItsLineAsTheBoundary() throws {
        let map = try MapRenderer.render(MapFixtures.khasan, MapRequest(format: .svg, view: "ussr"))
        let svg = String(decoding: map.bytes, as: UTF8.self)
        XCTAssertTrue(svg.contains("Boundary as USSR saw it"))
        XCTAssertTrue(svg.contains("Area claimed by Japan / Manchukuo"))
        XCTAssertThrowsError(try MapRenderer.render(MapFixtures.khasan, MapRequest(view: "korea"))) { error in
            XCTAssertEqual((error as? RenderError)?.exitCode, 64)
        }
    }

    func testPrintThemeUsesNoHue() throws {
        let probe = try MapProbe(try MapRenderer.render(MapFixtures.khasan, MapRequest(theme: .print)))
        let line = khasan.claims.first { $0.id == "claim-ussr" }!.line
        let px = try probe.pixels(from: line[2], to: line[3], samples: 10)
        XCTAssertTrue(px.contains { $0.matches(RGBA.black, tolerance: 60) })
        XCTAssertFalse(px.contains { Int($0.red) - Int($0.blue) > 60 }, "no coloured claim line in print")
    }

    func testSouthernHemisphereDisputeWithCrossingClaims() throws {
        let map = try MapRenderer.render(MapFixtures.testland, MapRequest(format: .svg))
        XCTAssertEqual(map.info.claims.count, 2)
        XCTAssertLessThan(map.info.bbox[1], 0, "south of the equator")
        XCTAssertLessThan(map.info.bbox[0], 0, "west of Greenwich")
        let svg = String(decoding: map.bytes, as: UTF8.self)
        XCTAssertTrue(svg.contains("id=\"disputed-area\""))
        XCTAssertTrue(svg.contains("S</text>") || svg.contains("°S"), "graticule labels say south")
        XCTAssertEqual(map.info.incidents.count, 3)
    }

    // MARK: Bad requests

    func testUnknownIdsSuggestTheNearest() {
        XCTAssertThrowsError(try MapRenderer.render(MapFixtures.khasan, MapRequest(incidentID: "hill-588-attack"))) { error in
            guard case RenderError.unknownID(_, _, let suggestions) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(suggestions.first, "hill-588-attack-1938-08-07")
        }
        XCTAssertThrowsError(try MapRenderer.render(MapFixtures.khasan, MapRequest(disputeID: "khasan"))) { error in
            XCTAssertTrue("\(error)".contains("khasan-1938"), "\(error)")
        }
    }

    func testBadBoxesAreRefused() {
        for box in [BoundingBox(minX: 131, minY: 42, maxX: 130, maxY: 43), BoundingBox(minX: 130, minY: 43, maxX: 131, maxY: 42),
                    BoundingBox(minX: 179, minY: 0, maxX: -179, maxY: 1), BoundingBox(minX: 130, minY: 95, maxX: 131, maxY: 96)] {
            XCTAssertThrowsError(try MapRenderer.render(MapFixtures.khasan, MapRequest(bbox: box))) { error in
                XCTAssertEqual((error as? RenderError)?.exitCode, 64, "\(box): \(error)")
            }
        }
    }

    func testMissingOutputDirectoryWritesNothing() {
        let path = "/nonexistent-dir-\(UUID().uuidString)/map.png"
        XCTAssertThrowsError(try MapRenderer.render(MapFixtures.khasan, MapRequest(), to: .file(path))) { error in
            XCTAssertEqual((error as? RenderError)?.exitCode, 73)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
