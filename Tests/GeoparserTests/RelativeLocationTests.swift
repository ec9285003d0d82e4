import XCTest
import Gazetteer
@testable import Geoparser

/// Relative locations: number + unit + compass + of/from + anchor, in English, Russian, Chinese and Japanese.
final class RelativeLocationTests: XCTestCase {
    private func only(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> RelativeLocation? {
        let r = extract(text).relative
        XCTAssertLessThanOrEqual(r.count, 1, file: file, line: line)
        return r.first
    }

    func testSeedExpression() throws {
        let r = try XCTUnwrap(only("defending Hill 588 situated 22 kilometers south-west of Grodekovo on Soviet territory"))
        XCTAssertEqual(r.surface, "22 kilometers south-west of Grodekovo")
        XCTAssertEqual(r.anchor, "grodekovo")
        XCTAssertEqual(r.target, "hill-588")
        XCTAssertEqual(r.azimuthDegrees, 225)
        XCTAssertEqual(r.distanceMeters, 22000)
        XCTAssertEqual(r.uncertaintyMeters, 2200, accuracy: 1)
        XCTAssertLessThan(haversineMeters(r.coordinate, Coordinate(lon: 131.180708, lat: 44.273446)), 100)
    }

    func testNumberWordsUnitsAndCompassForms() throws {
        let a = try XCTUnwrap(only("twenty-two kilometres SW of Grodekovo"))
        XCTAssertEqual(a.distanceMeters, 22000); XCTAssertEqual(a.azimuthDegrees, 225)
        let b = try XCTUnwrap(only("a post 3 km north of Kraskino"))
        XCTAssertEqual(b.distanceMeters, 3000); XCTAssertEqual(b.azimuthDegrees, 0)
        XCTAssertEqual(b.uncertaintyMeters, 1000, "at least 1 km")
        let c = try XCTUnwrap(only("5 miles to the south-east of Posyet"))
        XCTAssertEqual(c.distanceMeters, 5 * 1609.344, accuracy: 0.01); XCTAssertEqual(c.azimuthDegrees, 135)
        let d = try XCTUnwrap(only("10 versts north-north-east from Hunchun"))
        XCTAssertEqual(d.distanceMeters, 10668, accuracy: 0.01); XCTAssertEqual(d.azimuthDegrees, 22.5)
        let e = try XCTUnwrap(only("30 li southwest of Hunchun"))
        XCTAssertEqual(e.distanceMeters, 15000); XCTAssertEqual(e.azimuthDegrees, 225)
        let f = try XCTUnwrap(only("1.5 km WNW of Kraskino"))
        XCTAssertEqual(f.distanceMeters, 1500); XCTAssertEqual(f.azimuthDegrees, 292.5)
    }

    func testUncertaintyTakesTheAnchorsOwn() throws {
        // bezymyannaya is known to ±1.5 km; 5 km × 10 % = 500 m; so 1.5 km.
        let r = try XCTUnwrap(only("5 km east of Bezymyannaya"))
        XCTAssertEqual(r.uncertaintyMeters, 1500)
    }

    func testNoPointWithoutDistanceDirectionOrPointAnchor() {
        XCTAssertNil(only("north of Kraskino"))
        XCTAssertNil(only("3 km from Kraskino"))
        XCTAssertNil(only("16 km east of the river"))
        XCTAssertNil(only("16 km east of the Tumen"))
    }

    func testRussian() throws {
        let a = try XCTUnwrap(only("в 22 км юго-западнее Гродеково"))
        XCTAssertEqual(a.surface, "22 км юго-западнее Гродеково"); XCTAssertEqual(a.azimuthDegrees, 225); XCTAssertEqual(a.anchor, "grodekovo")
        let b = try XCTUnwrap(only("22 км к юго-западу от Гродеково"))
        XCTAssertEqual(b.distanceMeters, 22000); XCTAssertEqual(b.azimuthDegrees, 225)
    }

    func testChineseAndJapanese() throws {
        let a = try XCTUnwrap(only("绥芬河西南22公里处"))
        XCTAssertEqual(a.surface, "绥芬河西南22公里"); XCTAssertEqual(a.azimuthDegrees, 225); XCTAssertEqual(a.distanceMeters, 22000); XCTAssertEqual(a.anchor, "suifenhe")
        let b = try XCTUnwrap(only("綏芬河の南西約22キロの地点"))
        XCTAssertEqual(b.azimuthDegrees, 225); XCTAssertEqual(b.distanceMeters, 22000)
        let c = try XCTUnwrap(only("珲春东北二十二公里"))
        XCTAssertEqual(c.azimuthDegrees, 45); XCTAssertEqual(c.distanceMeters, 22000)
    }

    func testProjectionGeodesicAgreesWithVincenty() throws {
        let start = Coordinate(lon: 131.37556, lat: 44.41361)
        for (az, d) in [(225.0, 22000.0), (0, 1000), (135, 150_000), (292.5, 3500)] {
            let a = try XCTUnwrap(WGS84Geodesic().destination(from: start, azimuthDegrees: az, distanceMeters: d))
            let b = try XCTUnwrap(ReferenceGeodesic().destination(from: start, azimuthDegrees: az, distanceMeters: d))
            XCTAssertLessThan(haversineMeters(a, b), 0.001)
        }
    }

    func testNoGeodesicNoPoints() throws {
        let parser = Geoparser(gazetteer: try FixtureGazetteer.load(), treaties: FixtureGazetteer.treaties, geodesic: nil)
        XCTAssertEqual(parser.extract(text: "22 kilometers south-west of Grodekovo").relative, [])
    }

    func testCompassWords() {
        let cases: [(String, Double)] = [("north", 0), ("NE", 45), ("east", 90), ("south-east", 135), ("southeast", 135), ("S", 180),
                                          ("SSW", 202.5), ("south-west", 225), ("WSW", 247.5), ("west", 270), ("north-west", 315), ("NNW", 337.5)]
        for (w, az) in cases { XCTAssertEqual(DocumentScanner.compassAzimuth(w), az, w) }
        for (w, az) in cases { XCTAssertEqual(Words.compass[TokenHash.of(w)], az, w) }
        XCTAssertEqual(Words.compass[TokenHash.of("north-north-east")], 22.5)
        XCTAssertNil(DocumentScanner.compassAzimuth("we"))
        XCTAssertNil(DocumentScanner.compassAzimuth("northsouth"))
    }
}
