import XCTest
import Geometry

/// Timings, not tests: run with BORDERLINES_BENCH=1 (see Benchmarks/geo/README.md); skipped otherwise.
final class GeometryBenchmarks: XCTestCase {
    override func setUpWithError() throws {
        guard ProcessInfo.processInfo.environment["BORDERLINES_BENCH"] != nil else {
            throw XCTSkip("benchmark: set BORDERLINES_BENCH=1 to run")
        }
    }

    /// Median wall time of `runs` runs of `body`, printed in milliseconds.
    private func measure(_ name: String, runs: Int = 7, _ body: () throws -> Void) rethrows {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            try body()
            let d = ContinuousClock.now - start
            times.append(Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) * 1e-15)
        }
        let median = times.sorted()[runs / 2]
        print("BENCH \(name): \(String(format: "%.3f", median)) ms (median of \(runs))")
    }

    /// Two claim-like lines of `n` vertices that cross near both ends and wander in between.
    private func claimLines(_ ctx: GeometryContext, n: Int) throws -> (Geometry, Geometry) {
        let xs = (0..<n).map { 10 * Double($0) / Double(n - 1) }
        let a = xs.map { Coordinate(x: $0, y: 0.8 * sin($0 * .pi / 10) - 0.1 + 0.01 * sin($0 * 37)) }
        let b = xs.map { Coordinate(x: $0, y: -0.8 * sin($0 * .pi / 10) + 0.1 + 0.01 * cos($0 * 41)) }
        return (try ctx.lineString(a), try ctx.lineString(b))
    }

    func testPolygonizeTwo5000VertexLines() throws {
        let ctx = GeometryContext()
        let (a, b) = try claimLines(ctx, n: 5000)
        var area = 0.0
        try measure("union + polygonize, two 5000-vertex lines") {
            area = try ctx.polygonize([try a.union(b)]).area()
        }
        XCTAssertGreaterThan(area, 0)
    }

    func testSideOfA5000VertexLine() throws {
        let ctx = GeometryContext()
        let (a, _) = try claimLines(ctx, n: 5000)
        try measure("side(of:) ×1000 against a 5000-vertex line") {
            for i in 0..<1000 { _ = try a.side(of: Coordinate(x: Double(i) / 100, y: 0.3)) }
        }
    }

    func testMillionCoordinatesInAndOut() throws {
        let ctx = GeometryContext()
        let coordinates = (0..<1_000_000).map { Coordinate(x: Double($0), y: Double($0 % 1000)) }
        var line: Geometry?
        try measure("lineString from 1e6 coordinates (copyFromBuffer)") { line = try ctx.lineString(coordinates) }
        var back: [Coordinate] = []
        try measure("coordinates() of a 1e6-vertex line (copyToBuffer)") { back = try line!.coordinates() }
        XCTAssertEqual(back, coordinates)
    }
}
