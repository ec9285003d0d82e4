import XCTest
import Projection

/// Timings, not tests: run with BORDERLINES_BENCH=1 (see Benchmarks/geo/README.md); skipped otherwise.
final class ProjectionBenchmarks: XCTestCase {
    override func setUpWithError() throws {
        guard ProcessInfo.processInfo.environment["BORDERLINES_BENCH"] != nil else {
            throw XCTSkip("benchmark: set BORDERLINES_BENCH=1 to run")
        }
    }

    /// Median wall time of `runs` runs of `body`, printed in milliseconds.
    private func measure(_ name: String, runs: Int = 5, _ body: () throws -> Void) rethrows {
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

    private let points = (0..<1_000_000).map { i in
        Coordinate(lon: 130.0 + Double(i % 1000) * 0.0012, lat: 42.0 + Double(i / 1000) * 0.0009)
    }

    func testBulkTransformOfAMillionPoints() throws {
        let utm = try Transformer(from: "EPSG:4326", to: "EPSG:32652")
        try measure("Transformer.forward 1e6 points to UTM 52N (one proj_trans_generic)") { _ = try utm.forward(points) }
        let local = try LocalProjection(center: Coordinate(lon: 130.6, lat: 42.45))
        try measure("LocalProjection.project 1e6 points (sterea)") { _ = try local.project(points) }
        let sample = Array(points.prefix(100_000))
        try measure("Transformer.forward 1e5 points one at a time (proj_trans)") {
            for p in sample { _ = try utm.forward(p) }
        }
    }

    func testGeodesics() {
        let start = Coordinate(lon: 131.37556, lat: 44.41361)
        measure("Geodesic.direct ×1e5") {
            for i in 0..<100_000 { _ = Geodesic.wgs84.direct(from: start, azimuthDegrees: Double(i % 360), distanceMeters: 22_000) }
        }
        measure("Geodesic.inverse ×1e5") {
            for p in points.prefix(100_000) { _ = Geodesic.wgs84.inverse(from: start, to: p) }
        }
    }
}
