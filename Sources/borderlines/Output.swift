import Foundation
import Gazetteer

/// Writes to the terminal: results to stdout, messages to stderr.
enum Output {
    /// Writes a line to stdout.
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes an error line to stderr, prefixed with the program name.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("borderlines: error: " + text + "\n").utf8))
    }

    /// Writes an informational line to stderr (progress, --verbose).
    static func info(_ text: String) {
        FileHandle.standardError.write(Data(("borderlines: " + text + "\n").utf8))
    }

    /// Writes a warning line to stderr, prefixed with the program name.
    static func warning(_ text: String) {
        FileHandle.standardError.write(Data(("borderlines: warning: " + text + "\n").utf8))
    }

    /// Writes a diagnostic to stderr.
    static func diagnostic(_ d: Diagnostic) {
        FileHandle.standardError.write(Data((d.description + "\n").utf8))
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
