import Canvas
import Foundation

/// Times the phases of a render when `BORDERLINES_PROFILE=1`, printing them to stderr.
///
/// For benchmarks only ("where the time goes"); it never changes what is drawn.
struct PhaseTimer {
    private let enabled = ProcessInfo.processInfo.environment["BORDERLINES_PROFILE"] == "1"
    private var last = DispatchTime.now().uptimeNanoseconds
    private var laps: [(String, Double)] = []

    /// Records the time since the previous lap under a name.
    mutating func lap(_ name: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((name, Double(now - last) / 1e6))
        last = now
    }

    /// Prints the laps.
    func report() {
        guard enabled else { return }
        let text = laps.map { String(format: "%8.2f ms  %@", $0.1, $0.0) }.joined(separator: "\n")
        StandardStreams.writeError("render phases:\n" + text + "\n")
    }
}
