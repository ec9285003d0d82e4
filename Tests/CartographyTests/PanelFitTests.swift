import Canvas
@testable import Cartography
import Foundation
import Gazetteer
import XCTest

/// The legend and the incident key share the panel: when they do not fit, their type shrinks
/// before an entry is left out, and what is left out is said on the map and in `MapInfo`.
final class PanelFitTests: XCTestCase {
    private static let nomonhan: Gazetteer = try! Gazetteer.load(paths: [MapFixtures.root + "/GeoData/nomonhan-1939.geojson"])

    /// The numbers the key prints at the start of its entries, and its whole text.
    private func key(_ map: RenderedMap) throws -> (text: String, groupFound: Bool) {
        let svg = String(decoding: map.bytes, as: UTF8.self)
        guard let start = svg.range(of: "<g id=\"incident-key\"") else { return ("", false) }
        let rest = svg[start.lowerBound...]
        let end = rest.range(of: "</g>")!.lowerBound
        let regex = try NSRegularExpression(pattern: "<text[^>]*>([^<]*)</text>")
        let group = String(rest[..<end]) as NSString
        let texts = regex.matches(in: group as String, range: NSRange(location: 0, length: group.length)).map { group.substring(with: $0.range(at: 1)) }
        return (texts.joined(separator: "\n"), true)
    }

    func testRussianNomonhanKeyListsAllEightIncidents() throws {
        // At full size the Russian legend wraps more than the English one, and the eighth entry
        // used to fall off the panel without a word.
        let map = try MapRenderer.render(Self.nomonhan, MapRequest(format: .svg, lang: "ru"))
        XCTAssertNil(map.info.unlistedIncidents)
        XCTAssertNil(map.info.unlistedLegendRows)
        let text = try key(map).text
        for n in 1...Self.nomonhan.disputes[0].incidents.count {
            XCTAssertTrue(text.contains("\n\(n)\n") || text.hasPrefix("\(n)\n"), "entry \(n) missing from the key")
        }
    }

    func testAKeyWithoutRoomSaysHowManyItLeftOut() throws {
        let page = PageSize.pixels(width: 1152, height: 500, dpi: 200)
        let map = try MapRenderer.render(Self.nomonhan, MapRequest(page: page, format: .svg))
        let unlisted = try XCTUnwrap(map.info.unlistedIncidents, "a 1152×500 px page has no room for eight entries")
        XCTAssertFalse(unlisted.isEmpty)
        let text = try key(map).text
        if !unlisted.elementsEqual(Self.nomonhan.disputes[0].incidents.map(\.id)) {
            XCTAssertTrue(text.contains("… and \(unlisted.count) more, not listed for lack of room"), text)
        }
        // The ones listed and the ones counted are all the incidents, in date order.
        let listed = Self.nomonhan.disputes[0].incidents.map(\.id).prefix { !unlisted.contains($0) }
        XCTAssertEqual(Array(listed) + unlisted, Self.nomonhan.disputes[0].incidents.map(\.id))
    }

    func testAMapThatFitsIsDrawnAtFullSize() throws {
        let map = try MapRenderer.render(MapFixtures.khasan, MapRequest(format: .svg))
        XCTAssertNil(map.info.unlistedIncidents)
        XCTAssertTrue(try key(map).groupFound)
    }
}
