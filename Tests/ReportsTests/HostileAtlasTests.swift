import Canvas
import Cartography
import Gazetteer
import XCTest
@testable import Reports

/// An atlas of hostile data: markup shows as text everywhere, and nothing is written outside the output directory.
final class HostileAtlasTests: XCTestCase {
    func testHostileDataIsEscapedAndContained() async throws {
        let base = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let out = base + "/out"
        let g = try HostileFixture.gazetteer()
        let result = try await Atlas.make(g, options: AtlasOptions(outputDirectory: out, formats: [.png, .svg], jobs: 2))

        // Nothing outside: the base directory holds only the output directory, and it holds exactly what was reported.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: base), ["out"])
        XCTAssertEqual(Repository.files(under: out), result.files)
        XCTAssertTrue(result.files.contains("hostile-1938/escape.png"), "\(result.files)")
        XCTAssertTrue(result.files.contains("hostile-1938/overview-2.svg"), "the incident called overview gets its own name")
        XCTAssertFalse(Repository.files(under: out).contains { $0.contains("..") })

        let html = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        XCTAssertFalse(html.lowercased().contains("<script"), "no data string becomes a script element")
        XCTAssertFalse(html.contains("href=\"javascript:"), "no data string becomes a link")
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("Party &lt;A&gt;"))

        let md = try String(contentsOfFile: out + "/index.md", encoding: .utf8)
        XCTAssertFalse(md.contains("<script"), "raw HTML cannot pass through Markdown")
        XCTAssertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertFalse(md.replacingOccurrences(of: "\\](javascript:", with: "").contains("](javascript:"), "data cannot open a Markdown link")
        XCTAssertTrue(md.contains("\\[link\\](javascript:"), "brackets from data are escaped")
        XCTAssertTrue(md.contains("Party \\*B\\*"))
        for line in md.split(separator: "\n") where line.hasPrefix("|") && !line.hasPrefix("|---") {
            // Every table row has the header's number of cells: a `|` in data is escaped.
            let cells = line.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false).count
            XCTAssertEqual(cells, 2 + 3 + 2, String(line))
        }

        for svgFile in result.files where svgFile.hasSuffix(".svg") {
            let svg = try String(contentsOfFile: out + "/" + svgFile, encoding: .utf8)
            XCTAssertFalse(svg.contains("<script"), svgFile)
        }
        let sidecar = try JSONDecoder().decode(Sidecar.self, from: Data(contentsOf: URL(fileURLWithPath: out + "/hostile-1938/escape.json")))
        XCTAssertEqual(sidecar.figure.incident, "../../escape", "the sidecar keeps the real id")
        XCTAssertEqual(sidecar.figure.sideOfClaim.first?.id, "../../escape")
        XCTAssertEqual(sidecar.figure.sources.first?.span, [0, 5])
        XCTAssertEqual(sidecar.map?.incident, "../../escape")
    }

    func testRunnerKeepsOrderAndStopsOnFailure() async throws {
        let squares = try await ParallelRunner.map(Array(0..<50), width: 3, work: { $0 * $0 })
        XCTAssertEqual(squares, (0..<50).map { $0 * $0 })
        struct Boom: Error, Equatable { var n: Int }
        do {
            _ = try await ParallelRunner.map(Array(0..<20), width: 1, work: { n throws -> Int in
                if n >= 5 { throw Boom(n: n) }
                return n
            })
            XCTFail("expected a failure")
        } catch let e as Boom {
            XCTAssertEqual(e.n, 5, "the first failing job is reported, and none starts after it")
        }
    }

    func testProgressModes() {
        final class Sink: @unchecked Sendable { var text = "" }
        let sink = Sink()
        let lines = ProgressReporter(mode: .lines) { sink.text += $0 }
        lines.finished(1, of: 2, path: "a/b.png")
        lines.completed("done")
        XCTAssertEqual(sink.text, "borderlines: [1/2] a/b.png\nborderlines: done\n")
        sink.text = ""
        let bar = ProgressReporter(mode: .bar) { sink.text += $0 }
        bar.finished(1, of: 2, path: "a/b.png")
        XCTAssertTrue(sink.text.hasPrefix("\r[###############...............] 1/2"), sink.text)
        sink.text = ""
        ProgressReporter(mode: .silent) { sink.text += $0 }.finished(1, of: 2, path: "x")
        XCTAssertEqual(sink.text, "")
    }
}
