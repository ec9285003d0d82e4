import Foundation
import XCTest
import Gazetteer
import Projection

/// Side-of-claim facts on the bundled Khasan data and the synthetic crossing-claims dispute.
final class SideOfClaimTests: XCTestCase {
    func testKhasanSummitsSlopesLakeAndFarIncident() throws {
        let d = try DisputeLoader.load(path: RepositoryPaths.geoData("khasan-1938.geojson")).dispute!
        let a = try ClaimAnalyzer(dispute: d)
        let slope = Geodesic.wgs84.direct(from: d.place("changkufeng")!.coordinate!, azimuthDegrees: 90, distanceMeters: 200)
        let s = try a.analyze(slope)
        XCTAssertEqual(s.status, .both)
        XCTAssertTrue(s.inDisputedArea)
        let lake = try a.analyze(d.place("lake-khasan")!.coordinate!)
        XCTAssertEqual(lake.status, .one)
        XCTAssertEqual(lake.claimedBy, ["ussr"])
        let west = Geodesic.wgs84.direct(from: d.place("bezymyannaya")!.coordinate!, azimuthDegrees: 270, distanceMeters: 800)
        XCTAssertEqual(try a.analyze(west).claimedBy, ["japan-manchukuo"])
        let summit = try a.analyze(d.place("changkufeng")!.coordinate!)
        XCTAssertLessThan(summit.claims.first { $0.claim == "claim-ussr" }!.distanceMeters, 100)
        let far = try a.analyze(d.place("hill-588")!.coordinate!)
        XCTAssertEqual(far.status, .undetermined, "200 km from the lines, they say nothing")
        XCTAssertGreaterThan(far.claims[0].distanceMeters, 100_000)
    }

    func testCrossingClaimsGiveDisputedAndUnclaimedFaces() throws {
        let path = ((RepositoryPaths.root as NSString).appendingPathComponent("Tests/Fixtures/disputes/testland-2000.geojson"))
        let d = try DisputeLoader.load(path: path).dispute!
        let a = try ClaimAnalyzer(dispute: d)
        var statuses: [String: SideOfClaim.Status] = [:]
        for i in d.incidents { statuses[i.id] = try a.analyze(i.coordinate!).status }
        XCTAssertEqual(statuses["patrols-meet-cerro-prueba-2000-05-15"], .both)
        XCTAssertEqual(statuses["alta-patrol-west-2000-03-04"], .one)
        XCTAssertEqual(statuses["baja-surveyors-east-2000-04-09"], .one)
        XCTAssertNotEqual(try a.analyze(d.incident("alta-patrol-west-2000-03-04")!.coordinate!).claimedBy,
                          try a.analyze(d.incident("baja-surveyors-east-2000-04-09")!.coordinate!).claimedBy)
    }
}
