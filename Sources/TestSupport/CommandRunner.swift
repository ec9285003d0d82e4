import Foundation

/// What a run of a program printed, and how it ended.
public struct CommandResult: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output.
    public var stdout: String
    /// Standard error.
    public var stderr: String
    /// True when the run was stopped for taking longer than its time limit (a hang).
    public var timedOut = false
}

/// Runs the built `borderlines` executable as a user would and captures what it prints (tests only).
public enum CommandRunner {
    /// The executable SwiftPM built next to the test bundle.
    public static var executable: URL {
        var dir = Bundle.main.bundleURL
        // On Linux the test runner is `<products>/BorderlinesPackageTests.xctest`; on macOS a bundle inside products.
        if dir.pathExtension == "xctest" { dir = dir.deletingLastPathComponent() }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            dir = bundle.bundleURL.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("borderlines")
    }

    /// Runs a program (the built `borderlines` by default) with arguments, an environment overlay and
    /// an optional working directory; waits for it to finish.
    /// A run still going after `timeLimit` seconds is killed and reported as `timedOut`, so a hang
    /// fails its test instead of stalling the suite.
    public static func run(_ arguments: [String], program: URL? = nil, environment: [String: String] = [:],
                           currentDirectory: String? = nil, timeLimit: Double = 600) throws -> CommandResult {
        let process = Process()
        process.executableURL = program ?? executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        // Capture through files rather than pipes: no risk of a full pipe blocking the child.
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let outPath = dir + "/stdout", errPath = dir + "/stderr"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        var timedOut = false
        if finished.wait(timeout: .now() + timeLimit) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        try out.close()
        try err.close()
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
                             stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self),
                             timedOut: timedOut)
    }

    /// A fresh temporary directory (under `TestScratch.root`, so removed when the tests exit).
    public static func temporaryDirectory() throws -> String {
        try TestScratch.directory("borderlines-tests")
    }
}
