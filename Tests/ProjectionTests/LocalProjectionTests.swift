import XCTest
import Projection

/// The view's conformal projection: true scale at the centre, right angles, exact round trips.
final class LocalProjectionTests: XCTestCase {
    private let centre = Coordinate(lon: 130.6, lat: 42.45)
    private let wgs84 = Geodesic.wgs84

    private func length(_ a: Coordinate, _ b: Coordinate) -> Double {
        ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
    }

    func testAOneKilometreGeodesicSquareStaysOneKilometre() throws {
        let proj = try LocalProjection(center: centre)
        // A corner 5 km north-east of the centre; sides 1000 m east and north along geodesics.
        let a = wgs84.direct(from: centre, azimuthDegrees: 45, distanceMeters: 5000)
        let b = wgs84.direct(from: a, azimuthDegrees: 90, distanceMeters: 1000)
        let d = wgs84.direct(from: a, azimuthDegrees: 0, distanceMeters: 1000)
        let c = wgs84.direct(from: b, azimuthDegrees: wgs84.inverse(from: a, to: b).finalAzimuth - 90, distanceMeters: 1000)
        let pa = try proj.project(a), pb = try proj.project(b), pc = try proj.project(c), pd = try proj.project(d)
        // Scale error ≈ r²/4R² ≈ 2e-7 at 5–6 km: a few tenths of a millimetre per kilometre.
        for (name, side) in [("AB", length(pa, pb)), ("AD", length(pa, pd)), ("BC", length(pb, pc))] {
            XCTAssertEqual(side, 1000, accuracy: 0.001, name)
        }
        // Conformal: the right angle at A stays a right angle.
        let cosine = ((pb.x - pa.x) * (pd.x - pa.x) + (pb.y - pa.y) * (pd.y - pa.y)) / (length(pa, pb) * length(pa, pd))
        XCTAssertEqual(cosine, 0, accuracy: 1e-6)
    }

    func testTrueScaleAndTrueNorthAtTheCentre() throws {
        let proj = try LocalProjection(center: centre)
        let origin = try proj.project(centre)
        XCTAssertEqual(origin.x, 0, accuracy: 1e-6)
        XCTAssertEqual(origin.y, 0, accuracy: 1e-6)
        let north = try proj.project(wgs84.direct(from: centre, azimuthDegrees: 0, distanceMeters: 1000))
        XCTAssertEqual(north.x, 0, accuracy: 1e-6, "grid north is true north at the centre")
        XCTAssertEqual(north.y, 1000, accuracy: 1e-3)
        let f = try proj.scaleFactors(at: centre)
        XCTAssertEqual(f.parallelScale, 1, accuracy: 1e-9)
        XCTAssertEqual(f.meridionalScale, 1, accuracy: 1e-9)
        // proj_factors differentiates numerically: ~1e-6° of apparent angular distortion is noise.
        XCTAssertEqual(f.angularDistortion, 0, accuracy: 1e-5)
        XCTAssertEqual(f.meridianConvergence, 0, accuracy: 1e-9)
    }

    func testPointScaleAwayFromTheCentreMatchesMeasuredScale() throws {
        let proj = try LocalProjection(center: centre)
        // 50 km east: stereographic scale ≈ 1 + r²/4R² ≈ 1 + 1.54e-5, the same in every direction.
        let p = wgs84.direct(from: centre, azimuthDegrees: 90, distanceMeters: 50_000)
        let k = try proj.pointScale(at: p)
        XCTAssertEqual(k - 1, 50_000.0 * 50_000 / (4 * 6_371_000 * 6_371_000), accuracy: 2e-7)
        let f = try proj.scaleFactors(at: p)
        XCTAssertEqual(f.meridionalScale, f.parallelScale, accuracy: 1e-9, "conformal: h = k")
        XCTAssertEqual(f.angularDistortion, 0, accuracy: 1e-5)
        // Grid north turns away from true north east of the centre by ≈ Δλ·sin φ ≈ 0.41°.
        XCTAssertEqual(abs(f.meridianConvergence), 0.41, accuracy: 0.02)
        // The same scale measured: a 100 m geodesic step there, projected, in any direction (the
        // step itself moves up to 100 m outward, where k is larger by up to 6e-8).
        for azimuth in stride(from: 0.0, to: 360, by: 45) {
            let q = wgs84.direct(from: p, azimuthDegrees: azimuth, distanceMeters: 100)
            XCTAssertEqual(length(try proj.project(p), try proj.project(q)) / 100, k, accuracy: 1e-7, "azimuth \(azimuth)")
        }
        // And the same distortion at the same distance in every direction from the centre.
        for azimuth in [0.0, 180, 270] {
            let elsewhere = wgs84.direct(from: centre, azimuthDegrees: azimuth, distanceMeters: 50_000)
            XCTAssertEqual(try proj.pointScale(at: elsewhere), k, accuracy: 1e-8, "azimuth \(azimuth)")
        }
    }

    func testRoundTripsAcrossTheView() throws {
        let proj = try LocalProjection(covering: BoundingBox(minX: 130.0, minY: 42.0, maxX: 131.2, maxY: 42.9))
        XCTAssertEqual(proj.center, Coordinate(lon: 130.6, lat: 42.45))
        var points: [Coordinate] = []
        for i in 0...10 { for j in 0...10 { points.append(Coordinate(lon: 130.0 + Double(i) * 0.12, lat: 42.0 + Double(j) * 0.09)) } }
        let metres = try proj.project(points)
        let back = try proj.unproject(metres)
        for (p, b) in zip(points, back) {
            XCTAssertEqual(b.lon, p.lon, accuracy: 1e-10)
            XCTAssertEqual(b.lat, p.lat, accuracy: 1e-10)
            XCTAssertEqual(try proj.project(p), metres[points.firstIndex(of: p)!], "bulk equals single")
        }
        XCTAssertEqual(try proj.unproject(try proj.project(centre)).lon, centre.lon, accuracy: 1e-12)
    }

    func testDefinitionIsAStablePROJString() throws {
        let proj = try LocalProjection(center: Coordinate(lon: 130.60000004, lat: 42.45))
        XCTAssertEqual(proj.definition, "+proj=sterea +lat_0=42.45 +lon_0=130.6 +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs")
        // The definition is a usable CRS on its own, e.g. for a sidecar file read back later.
        let again = try Transformer(from: "EPSG:4326", to: proj.definition)
        XCTAssertEqual(try again.forward(centre), try proj.project(centre))
    }

    func testAContextWithoutTheDatabaseGivesTheSameNumbers() throws {
        // The default context skips proj.db (render speed); the answers must not change.
        let fast = try LocalProjection(center: centre)
        let withDB = try LocalProjection(center: centre, context: ProjectionContext())
        for p in [centre, Coordinate(lon: 130.1, lat: 42.0), Coordinate(lon: 131.2, lat: 42.9)] {
            XCTAssertEqual(try fast.project(p), try withDB.project(p))
            XCTAssertEqual(try fast.scaleFactors(at: p), try withDB.scaleFactors(at: p))
        }
        // Without the database an EPSG code is an error, not a silent guess.
        XCTAssertThrowsError(try Transformer(from: "EPSG:4326", to: "EPSG:32652", context: .withoutDatabase()))
    }

    func testUnusableCentresAreRejected() {
        XCTAssertThrowsError(try LocalProjection(center: Coordinate(lon: 200, lat: 0)))
        XCTAssertThrowsError(try LocalProjection(center: Coordinate(lon: 0, lat: .nan)))
        XCTAssertThrowsError(try LocalProjection(center: Coordinate(lon: 0, lat: 90)))
    }
}
