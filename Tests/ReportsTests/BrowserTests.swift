import Foundation
import XCTest

/// index.html opened in a real browser (headless Chromium): every figure's image loads, and a screenshot is taken.
final class BrowserTests: XCTestCase {
    /// Chromium on PATH, or nil.
    static var chromium: URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
            }
        }
        return nil
    }

    func testIndexHTMLShowsEveryImageInChromium() throws {
        guard let chromium = BrowserTests.chromium else {
            throw XCTSkip("chromium is not installed (apt-get install -y chromium); the browser check of index.html was not run")
        }
        let run = try XCTUnwrap(AtlasCommandTests.bundled)
        XCTAssertEqual(run.result.status, 0, run.result.stderr)
        let atlas = run.dir
        let parent = (atlas as NSString).deletingLastPathComponent
        // The page itself has no scripts; this harness beside it loads it in a frame and counts decoded images.
        let harness = """
            <!DOCTYPE html><html><body><iframe id="f" src="atlas/index.html" width="1200" height="800"></iframe><pre id="out">pending</pre>
            <script>
            window.addEventListener('load', () => {
              const d = document.getElementById('f').contentDocument;
              if (!d) { document.getElementById('out').textContent = 'no-access'; return; }
              const imgs = Array.from(d.images);
              const bad = imgs.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.getAttribute('src'));
              document.getElementById('out').textContent = 'images=' + imgs.length + ' broken=' + bad.join(',') + ';';
            });
            </script></body></html>
            """
        try harness.write(toFile: parent + "/harness.html", atomically: true, encoding: .utf8)
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--allow-file-access-from-files"]
        let dom = try CommandRunner.run(common + ["--virtual-time-budget=10000", "--dump-dom", "file://\(parent)/harness.html"], program: chromium)
        XCTAssertEqual(dom.status, 0, dom.stderr)
        let figures = try String(contentsOfFile: atlas + "/index.html", encoding: .utf8).components(separatedBy: "<img src=").count - 1
        XCTAssertGreaterThan(figures, 15)
        XCTAssertTrue(dom.stdout.contains("images=\(figures) broken=;"), "every image decodes in the browser: \(dom.stdout.suffix(400))")

        let shot = ProcessInfo.processInfo.environment["BORDERLINES_SCREENSHOT"] ?? parent + "/index.png"
        let r = try CommandRunner.run(common + ["--screenshot=\(shot)", "--window-size=1200,3000", "file://\(atlas)/index.html"], program: chromium)
        XCTAssertEqual(r.status, 0, r.stderr)
        let png = try XCTUnwrap(FileManager.default.contents(atPath: shot), "no screenshot at \(shot)")
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        XCTAssertGreaterThan(png.count, 100_000, "a page with its maps drawn, not a blank one")
    }
}
