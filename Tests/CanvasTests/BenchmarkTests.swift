import Canvas
import Foundation
import XCTest

/// Timings for Benchmarks/canvas/README.md. Not a timed test: it asserts nothing about speed
/// and runs only with BORDERLINES_BENCH=1, ideally in release:
///   BORDERLINES_BENCH=1 swift test -c release --filter CanvasTests.BenchmarkTests
final class BenchmarkTests: CanvasTestCase {
    /// Median thread CPU time in ms: less sensitive than wall time to other jobs on a
    /// shared 2-core machine (drawing is single-threaded).
    private func milliseconds(_ runs: Int = 7, _ body: () throws -> Void) rethrows -> Double {
        try milliseconds(runs, clock: CLOCK_THREAD_CPUTIME_ID, body)
    }

    /// Median time in ms on `clock`: wall time (CLOCK_MONOTONIC) for the PNG encoder, whose
    /// strips run on every core, where this thread's CPU time would miss the other threads.
    private func milliseconds(_ runs: Int = 7, clock: clockid_t, _ body: () throws -> Void) rethrows -> Double {
        func now() -> Double {
            var ts = timespec()
            clock_gettime(clock, &ts)
            return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
        }
        var samples: [Double] = []
        try body() // warm-up: font loading, glyph caches
        for _ in 0..<runs {
            let t0 = now()
            try body()
            samples.append(now() - t0)
        }
        return samples.sorted()[samples.count / 2]
    }

    private func report(_ name: String, _ ms: Double, _ extra: String = "") {
        print(String(format: "BENCH %-52@ %8.2f ms %@", name as NSString, ms, extra as NSString))
    }

    func testBenchmark() throws {
        guard ProcessInfo.processInfo.environment["BORDERLINES_BENCH"] == "1" else {
            throw XCTSkip("set BORDERLINES_BENCH=1")
        }
        // 1200×900 pt at scale 2 = a 2400×1800 pixel PNG, as in bench/peers.
        for (name, labels, vertices) in [("small", 10, 200), ("big", 1000, 20_000)] {
            let draw = try milliseconds {
                let c = try Canvas(width: 1200, height: 900, format: .png, scale: 2)
                try MapScene.draw(on: c, labelCount: labels, vertices: vertices)
            }
            report("\(name): draw 2400×1800 (no encode)", draw)
            let drawWall = try milliseconds(clock: CLOCK_MONOTONIC) {
                let c = try Canvas(width: 1200, height: 900, format: .png, scale: 2)
                try MapScene.draw(on: c, labelCount: labels, vertices: vertices)
            }
            report("\(name): draw 2400×1800 (no encode), wall", drawWall)
            let encoders: [(String, PNGOptions)] = [
                ("cairo_surface_write_to_png", PNGOptions(encoder: .cairo)),
                ("ours, level 1, filter none (default)", PNGOptions()),
                ("ours, level 1, filter up", PNGOptions(filter: .up)),
                ("ours, level 6, filter none", PNGOptions(compression: .default)),
                ("ours, level 9, filter none", PNGOptions(compression: .best)),
            ]
            for (label, options) in encoders {
                var size = 0
                let total = try milliseconds {
                    let c = try Canvas(width: 1200, height: 900, format: .png, scale: 2, png: options)
                    try MapScene.draw(on: c, labelCount: labels, vertices: vertices)
                    size = try c.finish().count
                }
                report("\(name): PNG draw+encode, \(label)", total, "encode ≈ \(String(format: "%.1f", total - draw)) ms, \(size / 1024) KiB")
                let wall = try milliseconds(clock: CLOCK_MONOTONIC) {
                    let c = try Canvas(width: 1200, height: 900, format: .png, scale: 2, png: options)
                    try MapScene.draw(on: c, labelCount: labels, vertices: vertices)
                    _ = try c.finish()
                }
                report("\(name): PNG draw+encode, \(label), wall", wall, "encode ≈ \(String(format: "%.1f", wall - drawWall)) ms")
            }
            for format in [OutputFormat.svg, .pdf] {
                var size = 0
                let total = try milliseconds {
                    let c = try Canvas(width: 1200, height: 900, format: format, metadata: DocumentMetadata(title: "bench"))
                    try MapScene.draw(on: c, labelCount: labels, vertices: vertices)
                    size = try c.finish().count
                }
                report("\(name): \(format) draw+finish", total, "\(size / 1024) KiB")
            }
        }
        // Halo cost per label at 2×: offset copies (PNG) versus none.
        let font = Font(size: 13)
        for halo in [nil, Halo(radius: 1.6)] {
            let ms = try milliseconds(5) {
                let c = try Canvas(width: 1200, height: 900, format: .png, scale: 2)
                for i in 0..<1000 {
                    try c.drawText("Changkufeng 張鼓峰", at: Point(Double(i % 20) * 60, Double(i / 20) * 18),
                                   style: TextStyle(font: font, halo: halo))
                }
            }
            report("1000 labels at 2×, halo \(halo == nil ? "none" : "offset copies")", ms, String(format: "%.3f ms/label", ms / 1000))
        }
        let firstLabel = try milliseconds(5) {
            let c = try Canvas(width: 100, height: 100, format: .png)
            try c.drawText("Changkufeng 張鼓峰 Заозёрная", at: Point(5, 50), style: TextStyle(font: font, halo: Halo()))
        }
        report("new Canvas + first label (own Pango font map)", firstLabel)
        let measure = try milliseconds(5) {
            let m = try TextMeasurer()
            for i in 0..<1000 { _ = try m.measure(text: "Hill \(i) 張鼓峰", font: font) }
        }
        report("measure 1000 labels", measure)
    }
}
