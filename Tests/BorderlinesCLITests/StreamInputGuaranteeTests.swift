import Foundation
import TestSupport
import XCTest

/// A document read from a pipe, a FIFO or `-` (standard input) gives exactly what the same bytes
/// give as a file: same sha256, same items, the name the user gave; a binary stream is refused
/// with 65 and no output, however its writer splits it; an empty stream is an empty document.
final class StreamInputGuaranteeTests: XCTestCase {
    private let exe = CommandRunner.executable.path
    private let text = "On 4 March 2000 a patrol was seen 3 km west of Pueblo Ejemplo, near the Laguna Ficticia and Test Hill.\n"

    /// Runs a shell command line; the document is `$DOC`, the program `$EXE`, the data `$DATA`.
    private func shell(_ command: String, document: String) throws -> CommandResult {
        let prefix = "EXE='\(exe)'; DOC='\(document)'; DATA='\(TestlandFixture.path)'; "
        return try CommandRunner.run(["-c", prefix + command], program: URL(fileURLWithPath: "/bin/sh"), timeLimit: 120)
    }

    func testAPipeAFIFOAndStandardInputGiveTheFilesOutput() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        // ~200 KB: many reads from the pipe; an invalid byte near the end for the warning.
        let document = try s.write(Array(String(repeating: text, count: 2000).utf8) + [0xFF, 0x0A], to: "note.txt")
        let fifo = s.path("fifo")
        for format in ["csv", "json", "geojson", "table"] {
            let file = try shell("\"$EXE\" extract \"$DOC\" --format \(format) --data \"$DATA\"", document: document)
            XCTAssertEqual(file.status, 0, file.stderr)
            XCTAssertTrue(file.stdout.contains("pueblo-ejemplo"), format)
            let runs = [
                ("/dev/stdin", "cat \"$DOC\" | \"$EXE\" extract /dev/stdin --format \(format) --data \"$DATA\""),
                ("-", "cat \"$DOC\" | \"$EXE\" extract - --format \(format) --data \"$DATA\""),
                (fifo, "rm -f '\(fifo)'; mkfifo '\(fifo)' && { cat \"$DOC\" > '\(fifo)' & \"$EXE\" extract '\(fifo)' --format \(format) --data \"$DATA\"; }"),
            ]
            for (name, command) in runs {
                let r = try shell(command, document: document)
                XCTAssertEqual(r.status, 0, "\(format) \(name): \(r.stderr)")
                XCTAssertFalse(r.timedOut, "\(format) \(name)")
                // The user's name for the document, where the file's output has its path.
                let expected = format == "table" ? file.stdout.replacingOccurrences(of: document, with: name)
                    : file.stdout.replacingOccurrences(of: "\"\(document)\"", with: "\"\(name)\"")
                XCTAssertEqual(r.stdout, expected, "\(format) \(name)")
                let warned = name == "-" ? "standard input: not valid UTF-8" : "\(name): not valid UTF-8"
                XCTAssertTrue(r.stderr.contains(warned), "\(format) \(name): \(r.stderr)")
            }
        }
    }

    func testABinaryStreamIsRefusedEvenWhenItsFirstReadLooksLikeText() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        // A NUL at byte 5000, written after a pause: the first read of the pipe sees only text.
        let document = try s.write(Array(String(repeating: "a", count: 5000).utf8) + [0] + Array(text.utf8), to: "bin.txt")
        for format in ["csv", "json"] {
            let r = try shell("{ head -c 4096 \"$DOC\"; sleep 0.3; tail -c +4097 \"$DOC\"; } | \"$EXE\" extract - --format \(format) --data \"$DATA\"", document: document)
            XCTAssertEqual(r.status, 65, r.stderr)
            XCTAssertTrue(r.stdout.isEmpty, r.stdout)
            XCTAssertTrue(r.stderr.contains("standard input: not a text file"), r.stderr)
        }
    }

    func testAnEmptyStreamIsAnEmptyDocument() throws {
        let r = try shell(": | \"$EXE\" extract /dev/stdin --format json --data \"$DATA\"", document: "")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("\"document\": \"/dev/stdin\""), r.stdout)
        XCTAssertTrue(r.stdout.contains("\"sha256\": \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\""), r.stdout)
        XCTAssertTrue(r.stdout.contains("\"mentions\": []"), r.stdout)
    }

    func testRenderAndAtlasMapADocumentReadFromAPipeOrFIFO() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let document = try s.write(Array(text.utf8), to: "note.txt")
        let fifo = s.path("fifo")
        let file = try shell("\"$EXE\" render --data \"$DATA\" --text \"$DOC\" -o '\(s.path("file.svg"))'", document: document)
        XCTAssertEqual(file.status, 0, file.stderr)
        let runs = [
            ("pipe", "cat \"$DOC\" | \"$EXE\" render --data \"$DATA\" --text /dev/stdin -o '\(s.path("pipe.svg"))'"),
            ("fifo", "rm -f '\(fifo)'; mkfifo '\(fifo)' && { cat \"$DOC\" > '\(fifo)' & \"$EXE\" render --data \"$DATA\" --text '\(fifo)' -o '\(s.path("fifo.svg"))'; }"),
            ("atlas", "rm -f '\(fifo)'; mkfifo '\(fifo)' && { cat \"$DOC\" > '\(fifo)' & \"$EXE\" atlas --data \"$DATA\" --text '\(fifo)' --formats svg --out '\(s.path("atlas"))' --quiet; }"),
        ]
        // The stream was read once, for the citation check, and mapped from those bytes: the same
        // places as the file (before, the second read found the pipe drained: "names no place").
        let places = try documentPlaces(String(contentsOfFile: s.path("file.svg"), encoding: .utf8))
        XCTAssertFalse(places.isEmpty, "the file's map shows the places the note names")
        for (name, command) in runs {
            let r = try shell(command, document: document)
            XCTAssertEqual(r.status, 0, "\(name): \(r.stderr)")
            XCTAssertFalse(r.timedOut, name)
            XCTAssertFalse(r.stderr.contains("names no place"), "\(name): \(r.stderr)")
            if name != "atlas" {
                XCTAssertEqual(try documentPlaces(String(contentsOfFile: s.path("\(name).svg"), encoding: .utf8)), places, name)
            }
        }
    }

    /// The document layer of a rendered SVG without its title (which names the document): what
    /// it draws for the places, relative locations and incidents the document supports.
    private func documentPlaces(_ svg: String) throws -> String {
        guard let start = svg.range(of: "<g id=\"document\">"), let titleEnd = svg[start.upperBound...].range(of: "</title>"),
              let end = svg[titleEnd.upperBound...].range(of: "</g>") else { return "" }
        return String(svg[titleEnd.upperBound..<end.lowerBound])
    }
}
