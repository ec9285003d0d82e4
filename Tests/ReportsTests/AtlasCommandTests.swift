import Foundation
import Gazetteer
import XCTest
@testable import Reports

/// `borderlines atlas` on the bundled data, run as a user would: the report, the files, determinism.
final class AtlasCommandTests: XCTestCase {
    /// One atlas of the bundled data (all formats, --jobs 2, with the seed document when present), shared by the tests.
    static let bundled: (dir: String, result: CommandResult)? = {
        guard let dir = try? CommandRunner.temporaryDirectory() else { return nil }
        var args = ["atlas", "--out", dir + "/atlas", "--jobs", "2"]
        if let doc = Repository.seedDocument { args += ["--text", doc] }
        guard let result = try? CommandRunner.run(args) else { return nil }
        return (dir + "/atlas", result)
    }()

    func bundledAtlas() throws -> String {
        let run = try XCTUnwrap(AtlasCommandTests.bundled)
        XCTAssertEqual(run.result.status, 0, run.result.stderr)
        return run.dir
    }

    func testReportListsEveryIncidentWithImageAltTextAndSources() throws {
        let dir = try bundledAtlas()
        let g = try Gazetteer.load(paths: [Repository.geoData])
        let md = try String(contentsOfFile: dir + "/index.md", encoding: .utf8)
        let html = try String(contentsOfFile: dir + "/index.html", encoding: .utf8)
        for d in g.disputes {
            for i in d.incidents {
                let sidecarPath = "\(dir)/\(PathSafety.component(d.id))/\(PathSafety.component(i.id)).json"
                let sidecar = try JSONDecoder().decode(Sidecar.self, from: Data(contentsOf: URL(fileURLWithPath: sidecarPath)))
                let f = sidecar.figure
                XCTAssertEqual(f.incident, i.id)
                for file in f.files {
                    XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/" + file.path), file.path)
                    XCTAssertTrue(md.contains("(\(file.path))"), "index.md links \(file.path)")
                    XCTAssertTrue(html.contains("href=\"\(file.path)\""), "index.html links \(file.path)")
                }
                let image = try XCTUnwrap(f.image)
                XCTAssertTrue(md.contains("](\(image.path))"), "index.md shows \(image.path)")
                XCTAssertTrue(html.contains("<img src=\"\(image.path)\" alt=\"\(Escaping.html(f.altText))\""), "index.html shows \(image.path) with its alt text")
                XCTAssertFalse(f.altText.isEmpty)
                XCTAssertTrue(f.altText.contains(i.title), f.altText)
                XCTAssertEqual(f.sources.count, i.citations.count, i.id)
                XCTAssertFalse(f.sources.isEmpty, "\(i.id) cites its sources")
                for s in f.sources { XCTAssertTrue(html.contains(Escaping.html(s.title)), s.title) }
                XCTAssertEqual(f.sideOfClaim.first?.id, i.id, "the side-of-claim table starts with the incident")
                XCTAssertEqual(f.sideOfClaim.first?.claims.count, d.claims.count)
                XCTAssertNotNil(f.date)
                XCTAssertNotNil(f.place)
            }
            for name in ["overview", "timeline"] {
                for ext in ["png", "svg", "pdf", "json"] {
                    XCTAssertTrue(FileManager.default.fileExists(atPath: "\(dir)/\(d.id)/\(name).\(ext)"), "\(d.id)/\(name).\(ext)")
                }
            }
        }
        // Quoted passages with their location are shown (the seed document's spans).
        XCTAssertTrue(html.contains("code points 19670–19750"), "a span-cited quote shows its location")
        XCTAssertTrue(html.contains("<blockquote>"))
        XCTAssertTrue(html.contains("inside both claims (disputed)") || html.contains("claim only"), "side-of-claim answers are printed")
        XCTAssertFalse(html.contains("<script"), "the report has no scripts")
        XCTAssertFalse(html.contains("http://") && html.contains("<link"), "no external stylesheet")
    }

    func testDocumentMapIsCitedByIdChecksumAndSpan() throws {
        guard Repository.seedDocument != nil else { throw XCTSkip("the seed document (../shared/corpus) is not here") }
        let dir = try bundledAtlas()
        let path = dir + "/khasan-1938/text-litvinov-shigemitsu-1938-08-07.json"
        let sidecar = try JSONDecoder().decode(Sidecar.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        let doc = try XCTUnwrap(sidecar.figure.document)
        XCTAssertEqual(doc.source, "litvinov-shigemitsu-1938", "matched to the dispute's source by checksum")
        XCTAssertEqual(doc.sha256.count, 64)
        XCTAssertTrue(doc.incidents.contains("hill-588-attack-1938-08-07"))
        let rows = try XCTUnwrap(sidecar.figure.extraction)
        XCTAssertTrue(rows.contains { $0.id == "changkufeng" && $0.count >= 2 })
        XCTAssertTrue(sidecar.figure.sources.contains { $0.supports == "incident hill-588-attack-1938-08-07" && $0.span != nil })
        let html = try String(contentsOfFile: dir + "/index.html", encoding: .utf8)
        XCTAssertTrue(html.contains("Places the document names"))
        XCTAssertTrue(html.contains(doc.sha256))
        for ext in ["png", "svg", "pdf"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/khasan-1938/text-litvinov-shigemitsu-1938-08-07." + ext))
        }
    }

    func testSameBytesForAnyNumberOfJobs() throws {
        let two = try bundledAtlas()
        let base = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: base) }
        var args = ["atlas", "--out", base + "/one", "--jobs", "1", "--quiet"]
        if let doc = Repository.seedDocument { args += ["--text", doc] }
        let r = try CommandRunner.run(args)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "", "--quiet prints nothing")
        let a = Repository.files(under: two), b = Repository.files(under: base + "/one")
        XCTAssertEqual(a, b)
        XCTAssertGreaterThan(a.count, 50)
        for f in a {
            XCTAssertEqual(FileManager.default.contents(atPath: two + "/" + f), FileManager.default.contents(atPath: base + "/one/" + f), "\(f) differs between --jobs 2 and --jobs 1")
        }
        XCTAssertFalse(a.contains { $0.contains(".tmp-") }, "no temporary file is left behind")
    }

    func testProgressIsOneLinePerFileWhenNotATerminal() throws {
        let run = try XCTUnwrap(AtlasCommandTests.bundled)
        let lines = run.result.stderr.split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.hasPrefix("borderlines: [1/") }, run.result.stderr)
        XCTAssertTrue(lines.last?.contains("wrote") ?? false)
        XCTAssertFalse(run.result.stderr.contains("\r"), "no bar when stderr is a file")
        XCTAssertEqual(run.result.stdout, "")
    }

    func testUsageAndOutputErrors() throws {
        let dir = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let zero = try CommandRunner.run(["atlas", "--jobs", "0", "--out", dir + "/x"])
        XCTAssertEqual(zero.status, 64)
        XCTAssertTrue(zero.stderr.contains("--jobs"), zero.stderr)
        let format = try CommandRunner.run(["atlas", "--formats", "png,gif", "--out", dir + "/x"])
        XCTAssertEqual(format.status, 64)
        XCTAssertTrue(format.stderr.contains("gif"), format.stderr)
        FileManager.default.createFile(atPath: dir + "/file", contents: Data("x".utf8))
        let blocked = try CommandRunner.run(["atlas", "--out", dir + "/file", "--quiet"])
        XCTAssertEqual(blocked.status, 73, blocked.stderr)
        XCTAssertTrue(blocked.stderr.contains(dir + "/file"), blocked.stderr)
        let missing = try CommandRunner.run(["atlas", "--out", dir + "/y", "--text", dir + "/nope.txt"])
        XCTAssertEqual(missing.status, 66, missing.stderr)
    }

    func testRenderText() throws {
        guard let doc = Repository.seedDocument else { throw XCTSkip("the seed document (../shared/corpus) is not here") }
        let dir = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CommandRunner.run(["render", "--text", doc, "-o", dir + "/doc.svg"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let svg = try String(contentsOfFile: dir + "/doc.svg", encoding: .utf8)
        XCTAssertTrue(svg.contains("id=\"document\""), "the document layer is a named SVG group")
        XCTAssertTrue(svg.contains("Places named in litvinov-shigemitsu-1938-08-07"))
        XCTAssertTrue(svg.contains("Yellow circles mark"), "the alt text describes the document layer")
    }
}
