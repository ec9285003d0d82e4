import Canvas
import Gazetteer
import XCTest
@testable import Reports

/// File names from ids cannot leave the output directory.
final class PathSafetyTests: XCTestCase {
    func testComponentsAreSafe() {
        let hostile = ["../../x", "..", ".", "", "/etc/passwd", "a/../../b", "..\\..\\x", ".hidden", "-rf", "x\u{0}y", "名前", "A B", "a..b",
                       String(repeating: "z", count: 300), "CON", "x/", "~/x"]
        for id in hostile {
            let c = PathSafety.component(id)
            XCTAssertFalse(c.isEmpty, id)
            XCTAssertFalse(c.contains("/") || c.contains("\\") || c.contains("\0"), "\(id) → \(c)")
            XCTAssertFalse(c == "." || c == ".." || c.hasPrefix(".") || c.hasPrefix("-"), "\(id) → \(c)")
            XCTAssertFalse(c.contains(".."), "\(id) → \(c)")
            XCTAssertLessThanOrEqual(c.count, PathSafety.maxLength)
            XCTAssertTrue(c.unicodeScalars.allSatisfy { $0.isASCII }, "\(id) → \(c)")
            XCTAssertTrue(PathSafety.isContained("dir/\(c).png"), "\(id) → \(c)")
        }
        XCTAssertEqual(PathSafety.component("../../x"), "x")
        XCTAssertEqual(PathSafety.component("hill-588-attack-1938-08-07"), "hill-588-attack-1938-08-07")
        XCTAssertEqual(PathSafety.component("Khasan 1938"), "khasan-1938")
        XCTAssertEqual(PathSafety.component(".."), "item")
    }

    func testContainment() {
        XCTAssertTrue(PathSafety.isContained("a/b.png"))
        for bad in ["../x", "/x", "a/../b", "a//b", "./a", "", "a\\b"] { XCTAssertFalse(PathSafety.isContained(bad), bad) }
    }

    func testRegistryResolvesClashesInOrder() {
        var r = NameRegistry(reserved: ["index"])
        XCTAssertEqual(r.claim("overview"), "overview")
        XCTAssertEqual(r.claim("Overview"), "overview-2")
        XCTAssertEqual(r.claim("../overview"), "overview-3")
        XCTAssertEqual(r.claim("index"), "index-2")
    }

    func testPlannerKeepsEveryPathInside() throws {
        let g = try HostileFixture.gazetteer()
        let plan = AtlasPlanner.plan(g, documents: [], formats: OutputFormat.allCases)
        XCTAssertEqual(plan.figures.count, 4, "overview, timeline, two incidents")
        for job in plan.jobs { XCTAssertTrue(PathSafety.isContained(job.path), job.path) }
        let names = plan.figures.map(\.name)
        XCTAssertEqual(names, ["overview", "timeline", "escape", "overview-2"], "the incident called overview cannot take the overview's file")
        XCTAssertEqual(Set(plan.jobs.map(\.path)).count, plan.jobs.count, "no two jobs write the same file")
    }
}
