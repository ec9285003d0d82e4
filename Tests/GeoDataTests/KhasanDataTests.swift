import Foundation
import XCTest
import Gazetteer
import Geometry
import Projection

/// The bundled Khasan 1938 data against the research facts: positions, claim geometry, the lake.
final class KhasanDataTests: XCTestCase {
    private static let dispute: Dispute = {
        let loaded = try! DisputeLoader.load(path: RepositoryPaths.geoData("khasan-1938.geojson"))
        precondition(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        return loaded.dispute!
    }()

    private var d: Dispute { Self.dispute }
    private let ctx = GeometryContext()
    private lazy var projection = try! LocalProjection(center: point("lake-khasan"))

    private func point(_ id: String) -> Coordinate { d.place(id)!.coordinate! }
    private func claim(_ id: String) -> Claim { d.claims.first { $0.id == id }! }

    /// A geometry in local metres.
    private func line(_ coordinates: [Coordinate]) throws -> Geometry { try ctx.lineString(try projection.project(coordinates)) }
    private func metres(_ c: Coordinate) throws -> Geometry { try ctx.point(try projection.project(c)) }

    func testValidatesCleanlyWithNoWarningsAboutGeometry() {
        let diagnostics = DisputeValidator.validate(d)
        XCTAssertFalse(diagnostics.hasErrors, diagnostics.map(\.description).joined(separator: "\n"))
    }

    func testEveryCanonicalIdIsPresentWithinItsUncertainty() throws {
        let path = try RepositoryPaths.shared("spec/canonical-ids.json")
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        let places = try XCTUnwrap(json["places"] as? [String: [String: Any]])
        // The Khalkhin Gol ids belong to the 1939 dispute file.
        let nomonhan: Set<String> = ["khalkhin-gol", "nomonhan", "holsten-river", "bain-tsagan", "khamar-daba", "remizov-heights", "fui-heights", "khalkhgol-sum"]
        var checked = 0
        for (id, entry) in places.sorted(by: { $0.key < $1.key }) where !nomonhan.contains(id) {
            let place = try XCTUnwrap(d.place(id), "canonical id \(id) missing from khasan-1938.geojson")
            guard let coord = entry["coord"] as? [Double] else { continue }
            let ours = try XCTUnwrap(place.coordinate ?? place.proxy.flatMap { d.place($0)?.coordinate }, "\(id) has no position")
            let distance = Geodesic.wgs84.distance(ours, Coordinate(lon: coord[0], lat: coord[1]))
            let allowed = max(place.uncertaintyMeters ?? 0, 100)
            XCTAssertLessThanOrEqual(distance, allowed, "\(id) is \(Int(distance)) m from the canonical point; stated uncertainty \(allowed) m")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 20)
    }

    func testEstimatedPositionsSayTheyAreEstimates() {
        for id in ["changkufeng", "bezymyannaya", "hill-52", "hill-82", "hill-588"] {
            let p = d.place(id)!
            XCTAssertEqual(p.certainty, .uncertain, id)
            XCTAssertGreaterThanOrEqual(p.uncertaintyMeters ?? 0, id == "hill-588" ? 3000 : 1000, id)
        }
    }

    func testHill588IsTheGeodesicPointFromGrodekovo() {
        let derived = Geodesic.wgs84.direct(from: point("grodekovo"), azimuthDegrees: 225, distanceMeters: 22_000)
        XCTAssertLessThan(Geodesic.wgs84.distance(derived, point("hill-588")), 100)
    }

    func testSovietLinePassesOverBothSummits() throws {
        let ussr = try line(claim("claim-ussr").line)
        for summit in ["changkufeng", "bezymyannaya"] {
            XCTAssertLessThan(try ussr.distance(to: try metres(point(summit))), 100, summit)
        }
    }

    func testJapaneseLineRunsEastOfTheSummitsAndWestOfTheLake() throws {
        let japan = try line(claim("claim-japan-manchukuo").line)
        for summit in ["changkufeng", "bezymyannaya"] {
            let s = try projection.project(point(summit))
            let (onLine, _) = try japan.nearestPoints(try ctx.point(s))
            XCTAssertGreaterThan(onLine.x, s.x + 200, "the Japanese line passes east of \(summit)")
        }
        let lake = try projection.project(point("lake-khasan"))
        let (onLine, _) = try japan.nearestPoints(try ctx.point(lake))
        XCTAssertLessThan(onLine.x, lake.x, "the Japanese line passes west of the lake centroid")
    }

    func testLakePolygonHoldsItsCentroidAndHasTheRightArea() throws {
        let lakeFeature = try XCTUnwrap(d.basemap.first { $0.place == "lake-khasan" && $0.layer == .lake })
        guard case .polygon(let rings) = lakeFeature.geometry else { return XCTFail("the lake is not a polygon") }
        let area = Geodesic.wgs84.polygonArea(rings[0]).area
        XCTAssertEqual(area / 1e6, 2.23, accuracy: 0.22, "Lake Khasan is about 2.23 km²")
        let polygon = try ctx.polygon(shell: rings[0])
        XCTAssertTrue(try polygon.contains(try ctx.point(point("lake-khasan"))))
        XCTAssertTrue(try polygon.validity().isValid)
    }

    func testDisputedAreaHoldsTheEasternSlopesButNotTheLake() throws {
        let ussr = try line(claim("claim-ussr").line), japan = try line(claim("claim-japan-manchukuo").line)
        let faces = try ctx.polygonize([try ussr.union(japan)])
        XCTAssertFalse(faces.isEmpty)
        XCTAssertGreaterThan(try faces.area(), 500_000, "a strip of at least half a square kilometre")
        for summit in ["changkufeng", "bezymyannaya"] {
            let slope = Geodesic.wgs84.direct(from: point(summit), azimuthDegrees: 90, distanceMeters: 150)
            XCTAssertTrue(try faces.contains(try metres(slope)), "the eastern slope of \(summit) is disputed")
        }
        let lakeRing = d.basemap.first { $0.place == "lake-khasan" }!.geometry
        guard case .polygon(let rings) = lakeRing else { return XCTFail() }
        let lake = try ctx.polygon(shell: try projection.project(rings[0]))
        XCTAssertLessThan(try faces.intersection(lake).area(), 1.0, "the lake lies outside the disputed strip")
    }

    func testEachClaimantClaimsTheDisputedStrip() throws {
        let ussrClaim = claim("claim-ussr"), japanClaim = claim("claim-japan-manchukuo")
        XCTAssertEqual(ussrClaim.claimant, "ussr")
        XCTAssertEqual(japanClaim.claimant, "japan-manchukuo")
        let slope = Geodesic.wgs84.direct(from: point("changkufeng"), azimuthDegrees: 90, distanceMeters: 150)
        let s = try projection.project(slope)
        XCTAssertEqual(try line(ussrClaim.line).side(of: s), ussrClaim.side)
        XCTAssertEqual(try line(japanClaim.line).side(of: s), japanClaim.side)
        // The lake is the USSR's under both claims.
        let lake = try projection.project(point("lake-khasan"))
        XCTAssertEqual(try line(ussrClaim.line).side(of: lake), ussrClaim.side)
        XCTAssertNotEqual(try line(japanClaim.line).side(of: lake), japanClaim.side)
    }

    func testClaimsAndIncidentsCiteTheSeedDocument() throws {
        for c in d.claims {
            XCTAssertTrue(c.citations.contains { $0.source == "litvinov-shigemitsu-1938" && $0.span != nil }, "\(c.id) cites the seed passage")
        }
        let hill588 = try XCTUnwrap(d.incident("hill-588-attack-1938-08-07"))
        XCTAssertTrue(hill588.citations.contains { $0.span != nil })
        XCTAssertEqual(d.incidents.count, 6)
        XCTAssertTrue(d.events.contains { $0.date.raw == "1938-08-04" })
    }

    func testCitationSpansMatchTheSeedDocument() throws {
        let path = try RepositoryPaths.shared("corpus/litvinov-shigemitsu-1938-08-07.txt")
        let doc = try SourceDocument(path: path)
        let problems = CitationChecks.run(d, documents: [doc])
        XCTAssertEqual(problems.map(\.description), [])
        XCTAssertEqual(d.source("litvinov-shigemitsu-1938")?.sha256, doc.sha256)
    }
}
