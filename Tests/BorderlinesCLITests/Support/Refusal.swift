import Foundation
import TestSupport
import XCTest

/// The guarantees of a refused run (issue 7): a sysexits status, the message's key words on
/// stderr, no crash or trace, and no output file created or changed.
struct Refusal {
    /// The expected exit status (64 usage, 65 data, 66 input, 73 output).
    var status: Int32
    /// Words the message must contain (compared case-insensitively).
    var keywords: [String]
}

/// A scratch directory with an optional dispute file and an output path that must stay untouched.
struct Scratch {
    /// The directory, under `TestScratch.root` (removed when the test process exits).
    let dir: String

    init() throws { dir = try CommandRunner.temporaryDirectory() }

    /// A path inside the directory.
    func path(_ name: String) -> String { (dir as NSString).appendingPathComponent(name) }

    /// Writes bytes to a file in the directory and returns its path.
    @discardableResult
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let p = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: p))
        return p
    }

    /// Writes text to a file in the directory and returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String { try write(Array(text.utf8), to: name) }
}

extension XCTestCase {
    /// Runs `borderlines` and asserts the refusal: status, key words, a single clear message
    /// without a trace, and that `untouched` paths are as they were (absent stays absent,
    /// an existing file keeps its bytes).
    func assertRefused(_ arguments: [String], _ refusal: Refusal, untouched: [String] = [],
                       environment: [String: String] = [:], currentDirectory: String? = nil,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let before = untouched.map { FileManager.default.contents(atPath: $0) }
        let r = try CommandRunner.run(arguments, environment: environment, currentDirectory: currentDirectory, timeLimit: 120)
        let shown = "borderlines \(arguments.joined(separator: " "))\n\(r.stderr.prefix(1500))"
        XCTAssertFalse(r.timedOut, "no hang: \(shown)", file: file, line: line)
        XCTAssertEqual(r.status, refusal.status, shown, file: file, line: line)
        for word in refusal.keywords {
            XCTAssertTrue(r.stderr.lowercased().contains(word.lowercased()), "missing \"\(word)\" in: \(shown)", file: file, line: line)
        }
        for trace in ["Fatal error", "Program crashed", "Backtrac", "Stack dump", "Illegal instruction"] {
            XCTAssertFalse(r.stderr.contains(trace), "a crash, not a message: \(shown)", file: file, line: line)
        }
        XCTAssertFalse(r.stderr.isEmpty, "a refusal says why: \(shown)", file: file, line: line)
        XCTAssertLessThan(r.stderr.split(separator: "\n").count, 40, "one clear message, not a flood: \(shown)", file: file, line: line)
        // `validate` reports on stdout by design; the commands that make output write none.
        if arguments.first != "validate" {
            XCTAssertTrue(r.stdout.isEmpty, "no partial output on stdout: \(shown)", file: file, line: line)
        }
        for (path, old) in zip(untouched, before) {
            XCTAssertEqual(FileManager.default.contents(atPath: path), old,
                           "\(path) was \(old == nil ? "created" : "changed") by a refused run", file: file, line: line)
        }
        // No temporary file left beside the outputs either.
        for path in untouched {
            let dir = (path as NSString).deletingLastPathComponent
            let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: dir))?.filter { $0.contains(".tmp-") } ?? []
            XCTAssertEqual(leftovers, [], "temporary files left in \(dir)", file: file, line: line)
        }
    }
}

/// The repository's own small test dispute (synthetic, Tests/Fixtures/disputes), as JSON to mutate.
enum TestlandFixture {
    /// Its path in the repository.
    static let path: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path + "/Fixtures/disputes/testland-2000.geojson"
    }()

    /// The file's text.
    static var text: String { get throws { try String(contentsOfFile: path, encoding: .utf8) } }

    /// The fixture decoded, changed by `edit`, encoded again (sorted keys: same bytes every run).
    static func mutated(_ edit: (inout [String: Any]) throws -> Void) throws -> String {
        var root = try JSONSerialization.jsonObject(with: Data(try text.utf8)) as! [String: Any]
        try edit(&root)
        return String(decoding: try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Applies `edit` to the feature with `id`.
    static func feature(_ id: String, in root: inout [String: Any], _ edit: (inout [String: Any]) -> Void) {
        var features = root["features"] as! [[String: Any]]
        let i = features.firstIndex { $0["id"] as? String == id }!
        edit(&features[i])
        root["features"] = features
    }

    /// Sets one property of the feature with `id`.
    static func setProperty(_ key: String, of id: String, to value: Any, in root: inout [String: Any]) {
        feature(id, in: &root) { f in
            var p = f["properties"] as! [String: Any]
            p[key] = value
            f["properties"] = p
        }
    }
}
