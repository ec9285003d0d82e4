import CPangoCairo
import Dispatch

/// Loads fontconfig's configuration and font caches (FcInit, ~10 ms) on another core while the
/// caller does other work, so the first font map finds them ready. Without it Pango starts its
/// own FcInit thread only when the first font map is made, and the first label waits for it.
enum FontWarmup {
    /// Entered once by `start()`, left when FcInit returns.
    private static let group = DispatchGroup()
    /// Runs the warm-up at most once per process.
    private static let started: Void = {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            _ = FcInit()
            group.leave()
        }
    }()

    /// Starts the warm-up (once; later calls return at once).
    static func start() { _ = started }

    /// Waits for a warm-up in progress; returns at once if none was started. Waiting instead of
    /// racing it matters: a second FcInit running at the same time would load everything again.
    static func wait() { group.wait() }
}

extension Canvas {
    /// Starts loading the font configuration in the background; call early in a process that will draw text.
    public static func prepareFonts() {
        FontWarmup.start()
    }
}
