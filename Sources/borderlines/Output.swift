import Canvas
import Foundation
import Gazetteer

/// Writes to the terminal: results to stdout, messages to stderr.
enum Output {
    /// Writes a line to stdout.
    static func line(_ text: String) {
        bytes(Array((text + "\n").utf8))
    }

    /// Writes bytes to stdout; if that fails (a closed pipe, a full disk) says so and exits 73,
    /// since nothing further can reach the reader.
    static func bytes(_ data: [UInt8]) {
        if let reason = StandardStreams.write(data, to: StandardStreams.output) {
            error("cannot write the output to standard output: \(reason)")
            exit(73)
        }
    }

    /// Writes an error line to stderr, prefixed with the program name.
    static func error(_ text: String) {
        StandardStreams.writeError(("borderlines: error: " + text + "\n"))
    }

    /// Writes an informational line to stderr (progress, --verbose).
    static func info(_ text: String) {
        StandardStreams.writeError(("borderlines: " + text + "\n"))
    }

    /// Writes a warning line to stderr, prefixed with the program name.
    static func warning(_ text: String) {
        StandardStreams.writeError(("borderlines: warning: " + text + "\n"))
    }

    /// Writes a diagnostic to stderr.
    static func diagnostic(_ d: Diagnostic) {
        StandardStreams.writeError((d.description + "\n"))
    }

    /// Reports a loading error with every diagnostic.
    static func report(_ error: GazetteerError) {
        switch error {
        case .cannotRead:
            Output.error(error.description)
        case .invalidData(let diagnostics):
            for d in diagnostics { diagnostic(d) }
            let n = diagnostics.filter { $0.severity == .error }.count
            Output.error("\(n) problem\(n == 1 ? "" : "s") in the data; fix them and run `borderlines validate` again")
        }
    }
}
