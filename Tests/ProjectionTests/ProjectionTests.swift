import XCTest
@testable import Projection

final class ProjectionTests: XCTestCase {
    func testUTMKnownAnswer() throws {
        // cs2cs agrees: 130.59 E 42.44 N → EPSG:32652 E 630770.5136, N 4699855.4153.
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:32652")
        let p = try t.forward(Coordinate(lon: 130.59, lat: 42.44))
        XCTAssertEqual(p.x, 630770.51, accuracy: 0.01)
        XCTAssertEqual(p.y, 4699855.42, accuracy: 0.01)
        let back = try t.inverse(p)
        XCTAssertEqual(back.lon, 130.59, accuracy: 1e-9)
        XCTAssertEqual(back.lat, 42.44, accuracy: 1e-9)
    }

    func testBulkEqualsOneByOne() throws {
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:32652")
        let points = (0..<50).map { Coordinate(lon: 130.5 + Double($0) * 0.01, lat: 42.3 + Double($0) * 0.005) }
        let bulk = try t.forward(points)
        for (p, b) in zip(points, bulk) {
            let one = try t.forward(p)
            XCTAssertEqual(one.x, b.x, accuracy: 1e-9)
            XCTAssertEqual(one.y, b.y, accuracy: 1e-9)
        }
        XCTAssertEqual(try t.inverse(bulk).last!.lon, points.last!.lon, accuracy: 1e-9)
        XCTAssertEqual(try t.forward([Coordinate]()), [])
    }

    func testInvalidCRSThrowsWithPROJMessage() {
        XCTAssertThrowsError(try Transformer(from: "EPSG:4326", to: "EPSG:999999")) { error in
            let e = error as? ProjectionError
            XCTAssertNotNil(e)
            XCTAssertFalse(e?.message.isEmpty ?? true)
        }
        XCTAssertThrowsError(try Transformer(from: "EPSG:4326", to: "+proj=nonsense +type=crs"))
    }

    func testOutOfDomainIsAnError() throws {
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:32652")
        XCTAssertThrowsError(try t.forward(Coordinate(lon: 130, lat: 95)))
    }

    func testGeodesicDirectKnownAnswer() {
        // 22 000 m at azimuth 225° from Grodekovo (131.37556 E, 44.41361 N).
        let start = Coordinate(lon: 131.37556, lat: 44.41361)
        let p = Geodesic.wgs84.direct(from: start, azimuthDegrees: 225, distanceMeters: 22_000)
        let expected = Coordinate(lon: 131.180708, lat: 44.273446)
        XCTAssertLessThan(Geodesic.wgs84.distance(p, expected), 1.0)
        let back = Geodesic.wgs84.inverse(from: start, to: p)
        XCTAssertEqual(back.distanceMeters, 22_000, accuracy: 1e-6)
        XCTAssertEqual(back.initialAzimuth, -135, accuracy: 1e-9)   // 225° as −180…180
    }

    func testGeodesicPolygonArea() {
        // A 0.01° × 0.01° cell at the equator: ≈ 1113.2 m × 1105.7 m.
        let ring = [Coordinate(lon: 0, lat: 0), Coordinate(lon: 0.01, lat: 0), Coordinate(lon: 0.01, lat: 0.01),
                    Coordinate(lon: 0, lat: 0.01), Coordinate(lon: 0, lat: 0)]
        let (area, perimeter) = Geodesic.wgs84.polygonArea(ring)
        XCTAssertEqual(area, 1113.195 * 1105.74, accuracy: 300)
        XCTAssertEqual(perimeter, 2 * (1113.195 + 1105.74), accuracy: 1)
        XCTAssertEqual(Geodesic.wgs84.polygonArea(Array(ring.prefix(2))).area, 0)
    }

    func testLocalProjectionIsConformalAndTrueAtTheCentre() throws {
        let centre = Coordinate(lon: 130.6, lat: 42.45)
        let proj = try LocalProjection(center: centre)
        let origin = try proj.project(centre)
        XCTAssertEqual(origin.x, 0, accuracy: 1e-6)
        XCTAssertEqual(origin.y, 0, accuracy: 1e-6)
        // 1 km east and 1 km north by geodesic land 1000 m from the origin, at right angles.
        let east = try proj.project(Geodesic.wgs84.direct(from: centre, azimuthDegrees: 90, distanceMeters: 1000))
        let north = try proj.project(Geodesic.wgs84.direct(from: centre, azimuthDegrees: 0, distanceMeters: 1000))
        XCTAssertEqual((east.x * east.x + east.y * east.y).squareRoot(), 1000, accuracy: 0.01)
        XCTAssertEqual((north.x * north.x + north.y * north.y).squareRoot(), 1000, accuracy: 0.01)
        XCTAssertEqual(north.x, 0, accuracy: 1e-6, "grid north is true north at the centre")
        XCTAssertEqual(east.x * north.x + east.y * north.y, 0, accuracy: 1.0, "right angle to 1e-6")
        // Round trip away from the centre.
        let far = Coordinate(lon: 131.2, lat: 42.9)
        let back = try proj.unproject(try proj.project(far))
        XCTAssertEqual(back.lon, far.lon, accuracy: 1e-9)
        XCTAssertEqual(back.lat, far.lat, accuracy: 1e-9)
        XCTAssertTrue(proj.definition.contains("+proj=sterea +lat_0=42.45 +lon_0=130.6"))
        XCTAssertThrowsError(try LocalProjection(center: Coordinate(lon: 200, lat: 0)))
    }
}
