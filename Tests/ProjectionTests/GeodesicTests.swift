import XCTest
import Projection

/// Karney's geodesics on WGS84 against known answers.
final class GeodesicTests: XCTestCase {
    private let grodekovo = Coordinate(lon: 131.37556, lat: 44.41361)
    private let expected = Coordinate(lon: 131.180708, lat: 44.273446)

    func testDirectFromGrodekovo() {
        let p = Geodesic.wgs84.direct(from: grodekovo, azimuthDegrees: 225, distanceMeters: 22_000)
        XCTAssertLessThan(Geodesic.wgs84.inverse(from: p, to: expected).distanceMeters, 1.0)
    }

    func testInverseGivesBackDistanceAndAzimuth() {
        let solved = Geodesic.wgs84.inverse(from: grodekovo, to: expected)
        XCTAssertEqual(solved.distanceMeters, 22_000, accuracy: 1.0)
        // Azimuths come back in −180…180: 225° is −135°.
        XCTAssertEqual(solved.initialAzimuth, -135, accuracy: 0.01)
        // Going south-west the geodesic turns slightly west (meridians converge): final < initial.
        XCTAssertLessThan(solved.finalAzimuth, solved.initialAzimuth)
        // Direct then inverse round-trips to nanometres.
        let p = Geodesic.wgs84.direct(from: grodekovo, azimuthDegrees: 225, distanceMeters: 22_000)
        let back = Geodesic.wgs84.inverse(from: grodekovo, to: p)
        XCTAssertEqual(back.distanceMeters, 22_000, accuracy: 1e-6)
        XCTAssertEqual(back.initialAzimuth, -135, accuracy: 1e-9)
        XCTAssertEqual(Geodesic.wgs84.distance(grodekovo, p), 22_000, accuracy: 1e-6)
    }

    func testMeridianQuadrantAndEquatorialDegree() {
        // WGS84 meridian quadrant 10 001 965.7293 m; one degree of the equator is 2πa/360.
        XCTAssertEqual(Geodesic.wgs84.distance(Coordinate(lon: 0, lat: 0), Coordinate(lon: 0, lat: 90)), 10_001_965.7293, accuracy: 1e-4)
        XCTAssertEqual(Geodesic.wgs84.distance(Coordinate(lon: 0, lat: 0), Coordinate(lon: 1, lat: 0)), 2 * .pi * 6_378_137 / 360, accuracy: 1e-6)
    }

    func testPolygonAreaOfAnEquatorToPoleLune() {
        // Between meridians 0° and 1° from the equator to the pole: 1/720 of the ellipsoid's
        // area, S = 2πa²(1 + (1 − e²)/e · atanh e). Its edges are two meridians and the equator,
        // all geodesics, so geod_polygonarea must agree with the closed form exactly.
        let a = 6_378_137.0, f = 1 / 298.257223563
        let e2 = f * (2 - f), e = e2.squareRoot()
        let ellipsoid = 2 * .pi * a * a * (1 + (1 - e2) / e * atanh(e))
        let lune = [Coordinate(lon: 0, lat: 0), Coordinate(lon: 1, lat: 0), Coordinate(lon: 1, lat: 90)]
        let (area, perimeter) = Geodesic.wgs84.polygonArea(lune)
        XCTAssertEqual(area, ellipsoid / 720, accuracy: 1e-3)
        XCTAssertEqual(perimeter, 2 * 10_001_965.7293 + 2 * .pi * a / 360, accuracy: 1e-3)
        // Orientation and a repeated closing vertex change nothing (area is absolute).
        let clockwise = Geodesic.wgs84.polygonArea(lune.reversed() + [lune[2]])
        XCTAssertEqual(clockwise.area, area, accuracy: 1e-3)
        XCTAssertEqual(clockwise.perimeter, perimeter, accuracy: 1e-3)
    }

    func testPolygonAreaOfASmallCellAndDegenerateInput() {
        // A 0.01° × 0.01° cell at the equator: ≈ 1113.195 m × 1105.74 m.
        let cell = [Coordinate(lon: 0, lat: 0), Coordinate(lon: 0.01, lat: 0), Coordinate(lon: 0.01, lat: 0.01), Coordinate(lon: 0, lat: 0.01)]
        let (area, perimeter) = Geodesic.wgs84.polygonArea(cell)
        XCTAssertEqual(area, 1113.195 * 1105.74, accuracy: 300)
        XCTAssertEqual(perimeter, 2 * (1113.195 + 1105.74), accuracy: 1)
        XCTAssertEqual(Geodesic.wgs84.polygonArea(Array(cell.prefix(2))).area, 0)
        XCTAssertEqual(Geodesic.wgs84.polygonArea([]).perimeter, 0)
    }

    func testGeodesicIsASendableValue() async {
        let g = Geodesic.wgs84
        let d = await Task.detached { g.distance(Coordinate(lon: 0, lat: 0), Coordinate(lon: 1, lat: 0)) }.value
        XCTAssertEqual(d, 111_319.490793, accuracy: 1e-5)
    }
}
