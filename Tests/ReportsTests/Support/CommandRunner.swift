import Foundation
import XCTest

/// What a run of the `borderlines` executable printed.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built `borderlines` executable as a user would (copied from BorderlinesCLITests).
enum CommandRunner {
    /// The executable SwiftPM built next to the test bundle.
    static var executable: URL {
        var dir = Bundle.main.bundleURL
        if dir.pathExtension == "xctest" { dir = dir.deletingLastPathComponent() }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            dir = bundle.bundleURL.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("borderlines")
    }

    /// Runs a program (the built `borderlines` by default) and waits; output is captured through files.
    static func run(_ arguments: [String], program: URL? = nil, environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = program ?? executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let outPath = dir + "/stdout", errPath = dir + "/stderr"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
                             stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "borderlines-reports-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// Paths of the repository, found from this file.
enum Repository {
    /// The package root.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The bundled GeoData directory.
    static var geoData: String { root + "/GeoData" }

    /// The seed document (outside the repository, in the shared corpus), if present.
    static var seedDocument: String? {
        let candidates = [root + "/../shared/corpus/litvinov-shigemitsu-1938-08-07.txt", "/work/shared/corpus/litvinov-shigemitsu-1938-08-07.txt"]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Every regular file under a directory, relative and sorted.
    static func files(under dir: String) -> [String] {
        (FileManager.default.enumerator(atPath: dir)?.compactMap { $0 as? String } ?? []).filter { rel in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: dir + "/" + rel, isDirectory: &isDir) && !isDir.boolValue
        }.sorted()
    }
}
