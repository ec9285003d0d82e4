import Foundation
import TestSupport
import XCTest

/// `extract` to a file (one pass, the header's sha256 filled in at the end) writes exactly what it
/// writes to a pipe (inspect, then extract), also when the file already holds something before it.
final class OnePassOutputTests: XCTestCase {
    func testAFileGetsTheBytesAPipeGets() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let text = "On 4 March 2000 a patrol was seen 3 km west of Pueblo Ejemplo, near the Laguna Ficticia and Test Hill. \u{FFFD}\n"
        let document = try s.write(Array(String(repeating: text, count: 2000).utf8) + [0xFF, 0x0A], to: "note.txt")
        let exe = CommandRunner.executable.path
        for format in ["json", "geojson", "csv"] {
            let run = "'\(exe)' extract '\(document)' --format \(format) --data '\(TestlandFixture.path)'"
            let command = "\(run) > '\(s.path("file"))' && \(run) | cat > '\(s.path("pipe"))' && { printf 'before\\n'; \(run); } > '\(s.path("offset"))'"
            let r = try CommandRunner.run(["-c", command], program: URL(fileURLWithPath: "/bin/sh"))
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stderr.contains("not valid UTF-8"), r.stderr)
            let file = try Data(contentsOf: URL(fileURLWithPath: s.path("file")))
            let pipe = try Data(contentsOf: URL(fileURLWithPath: s.path("pipe")))
            let offset = try Data(contentsOf: URL(fileURLWithPath: s.path("offset")))
            XCTAssertGreaterThan(file.count, 1000, format)
            XCTAssertEqual(file, pipe, format)
            XCTAssertEqual(offset, Data("before\n".utf8) + pipe, format)
        }
    }
}
