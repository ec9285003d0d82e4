import Foundation
import TestSupport
import XCTest

/// Issue 7, outputs: a missing or unwritable destination is exit 73 with the path named; a
/// failed run never truncates an existing file or leaves a temporary one; a full disk or closed
/// pipe is reported, not a crash; special files are written in place, not replaced.
final class OutputGuaranteeTests: XCTestCase {
    private let data = ["--data", TestlandFixture.path]

    func testMissingDirectoryAndAFileInThePath() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let missing = s.path("no/such/dir/map.png")
        try assertRefused(["render", "-o", missing] + data, Refusal(status: 73, keywords: ["no/such/dir", "does not exist"]), untouched: [missing])
        let plain = try s.write("a file", to: "plain")
        try assertRefused(["render", "-o", plain + "/map.png"] + data, Refusal(status: 73, keywords: ["plain", "not a directory"]))
        let dir = s.path("adir.png")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try assertRefused(["render", "-o", dir] + data, Refusal(status: 73, keywords: ["adir.png", "directory"]))
        try assertRefused(["atlas", "--out", plain, "--quiet"] + data, Refusal(status: 73, keywords: ["plain"]), untouched: [plain])
    }

    func testAReadOnlyDirectory() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let locked = s.path("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked) }
        // /proc refuses new files even to root, so the 73 path is exercised whoever runs the tests.
        try assertRefused(["render", "-o", "/proc/borderlines-map.png"] + data, Refusal(status: 73, keywords: ["/proc/borderlines-map.png"]))
        guard geteuid() != 0 else { return }
        try assertRefused(["render", "-o", locked + "/map.png"] + data, Refusal(status: 73, keywords: ["locked", "not writable"]), untouched: [locked + "/map.png"])
    }

    func testAFailedRenderLeavesTheOldFileWhole() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let old = try s.write("yesterday's map", to: "testland.png")
        try assertRefused(["render", "--incident", "nope", "-o", old] + data, Refusal(status: 64, keywords: ["nope"]), untouched: [old])
        try assertRefused(["render", "--bbox", "10,40,11,41", "-o", old] + data, Refusal(status: 64, keywords: ["nothing"]), untouched: [old])
    }

    func testAFullDeviceIsAnOutputErrorNotACrash() throws {
        // Never aim a possibly broken build at the real /dev/full: a rename over it would replace
        // the system's device. A private copy of the device node (root only) takes the risk instead.
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let full = s.path("full")
        // dev_t of major 1, minor 7 in Linux encoding ((major << 8) | minor for small numbers).
        if mknod(full, S_IFCHR | 0o666, dev_t((1 << 8) | 7)) == 0 {
            try assertRefused(["render", "-o", full] + data, Refusal(status: 73, keywords: [full, "space"]))
            var st = stat()
            XCTAssertEqual(stat(full, &st), 0)
            XCTAssertEqual(st.st_mode & S_IFMT, S_IFCHR, "the device must still be a device, not replaced by a file")
        }
        // Standard output on a full device (the shell opens it; nothing can be renamed over it).
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full on this system") }
        let exe = CommandRunner.executable.path
        for command in ["'\(exe)' render --format png -o - --data '\(TestlandFixture.path)' > /dev/full",
                        "'\(exe)' list --data '\(TestlandFixture.path)' > /dev/full"] {
            let r = try CommandRunner.run(["-c", command], program: URL(fileURLWithPath: "/bin/sh"))
            XCTAssertEqual(r.status, 73, "\(command): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("standard output"), r.stderr)
            XCTAssertFalse(r.stderr.contains("Fatal error"), r.stderr)
        }
    }

    func testAClosedPipeIsReportedNotASignalDeath() throws {
        let exe = CommandRunner.executable.path
        // `head` closes the pipe after one byte; a 2400-px PNG is far bigger than the pipe buffer.
        // pipefail: the pipeline's status is borderlines' own.
        let command = "set -o pipefail; '\(exe)' render --format png --width 2400 --height 1800 -o - --data '\(TestlandFixture.path)' | head -c 1 > /dev/null"
        let r = try CommandRunner.run(["-c", command], program: URL(fileURLWithPath: "/bin/bash"))
        XCTAssertEqual(r.status, 73, "EPIPE is an output error (73), not SIGPIPE (141): \(r.stderr)")
        XCTAssertTrue(r.stderr.contains("Broken pipe"), r.stderr)
    }

    func testAFIFOIsWrittenInPlace() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let fifo = s.path("map.svg")
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        // A reader on the FIFO, as `borderlines render -o >(viewer)` would have.
        let command = "cat '\(fifo)' > '\(s.path("received.svg"))' & '\(CommandRunner.executable.path)' render -o '\(fifo)' --data '\(TestlandFixture.path)'; status=$?; wait; exit $status"
        let r = try CommandRunner.run(["-c", command], program: URL(fileURLWithPath: "/bin/bash"))
        XCTAssertEqual(r.status, 0, r.stderr)
        var st = stat()
        XCTAssertEqual(stat(fifo, &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFIFO, "the FIFO must still be a FIFO")
        XCTAssertTrue(try String(contentsOfFile: s.path("received.svg"), encoding: .utf8).hasSuffix("</svg>\n"))
    }

    func testASymlinkKeepsPointingAtTheRenderedFile() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let real = try s.write("old", to: "real.svg")
        let link = s.path("link.svg")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let r = try CommandRunner.run(["render", "-o", link] + data)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), real)
        XCTAssertTrue(try String(contentsOfFile: real, encoding: .utf8).hasPrefix("<?xml"))
    }

    func testTheDefaultOutputNameStaysInTheWorkingDirectory() throws {
        let s = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: s.dir) }
        let r = try CommandRunner.run(["render", "--incident", "alta-patrol-west-2000-03-04", "--format", "svg"] + data, currentDirectory: s.dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: s.dir), ["alta-patrol-west-2000-03-04.svg"])
    }
}
