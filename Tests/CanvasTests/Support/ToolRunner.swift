import Foundation
import TestSupport
import XCTest

/// Runs an external tool (pdftotext, pdffonts, rsvg-convert…) and captures its output.
enum ToolRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `tool` found on PATH with `arguments`; `environment` entries override the inherited ones.
    static func run(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        // Foundation's Process cannot spawn under valgrind (EBADF on valgrind's reserved fds);
        // the leak check still runs everything before the external tool is needed.
        if ProcessInfo.processInfo.environment["LD_PRELOAD"]?.contains("vgpreload") == true {
            throw XCTSkip("external tools are not run under valgrind")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and deadlock.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// A fresh empty directory under the test run's scratch directory.
    static func temporaryDirectory() throws -> String { try TestScratch.directory("canvas-tests") }

    /// Writes bytes to `path`.
    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
