import Canvas
import Foundation

/// Progress of an atlas on standard error: a bar on a terminal, one line per file otherwise, or nothing.
public struct ProgressReporter: Sendable {
    /// How progress is shown.
    public enum Mode: Sendable, Equatable {
        /// A redrawn bar (stderr is a terminal).
        case bar
        /// One line per finished file (logs, CI).
        case lines
        /// Nothing (`--quiet`).
        case silent
    }

    /// The mode in use.
    public let mode: Mode
    private let write: @Sendable (String) -> Void

    /// A reporter writing to standard error; `.bar` when it is a terminal, else `.lines`, `.silent` when quiet.
    public static func standardError(quiet: Bool) -> ProgressReporter {
        let mode: Mode = quiet ? .silent : (isatty(2) == 1 ? .bar : .lines)
        return ProgressReporter(mode: mode) { StandardStreams.writeError($0) }
    }

    /// A reporter with an explicit mode and sink (tests).
    public init(mode: Mode, write: @escaping @Sendable (String) -> Void) {
        self.mode = mode
        self.write = write
    }

    /// Reports that `done` of `total` files are finished, the last being `path`.
    public func finished(_ done: Int, of total: Int, path: String) {
        switch mode {
        case .silent: return
        case .lines: write("borderlines: [\(done)/\(total)] \(path)\n")
        case .bar: write("\r" + ProgressReporter.bar(done, of: total, width: 30) + " \(done)/\(total) " + ProgressReporter.fit(path, 40) + "\u{1B}[K")
        }
    }

    /// Reports the end: ends the bar's line and prints what was made.
    public func completed(_ summary: String) {
        switch mode {
        case .silent: return
        case .bar: write("\r\u{1B}[K" + "borderlines: " + summary + "\n")
        case .lines: write("borderlines: " + summary + "\n")
        }
    }

    /// `[#########.........]` for a fraction.
    static func bar(_ done: Int, of total: Int, width: Int) -> String {
        let filled = total == 0 ? width : min(width, done * width / total)
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
    }

    /// The tail of a path, shortened with "…" to fit a terminal line.
    static func fit(_ s: String, _ n: Int) -> String { s.count <= n ? s : "…" + String(s.suffix(n - 1)) }
}
