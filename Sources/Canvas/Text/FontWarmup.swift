import CPangoCairo
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads fontconfig (a `FontSelection` of the fonts' families, else FcInit, ~6 ms) and lays out
/// a sample in each font a caller will use (fontconfig's substitution and sorting, several ms
/// more) on another core while the caller reads its data; the first Canvas then takes the
/// warmed TextEngine instead of doing it all on the main thread. Without it Pango starts its
/// own FcInit thread only when the first font map is made, and the first label waits for it.
enum FontWarmup {
    /// Entered once by `start`, left when the warmed engine is in `idle`.
    private static let group = DispatchGroup()
    /// Serialises `started` and `idle`.
    private static let lock = DispatchQueue(label: "Canvas.FontWarmup")
    /// Only touched inside `lock.sync`.
    nonisolated(unsafe) private static var started = false
    /// Engines no Canvas holds: the warmed one and those finished Canvases handed back. Only
    /// touched inside `lock.sync`; the warmed one is built on the warm-up thread before
    /// `group.leave()`, so the taker sees it complete.
    nonisolated(unsafe) private static var idle: [TextEngine] = []
    /// Starts the warm-up for `fonts`, laying out `sample` in each (the first call only; later
    /// calls return at once). Each script in the sample costs a font lookup per font, so it
    /// should hold the scripts the caller will draw and no others.
    static func start(_ fonts: [Font], sample: String) {
        let first = lock.sync { () -> Bool in
            defer { started = true }
            return !started
        }
        guard first else { return }
        group.enter()
        let begin = WarmupProfile.now()
        DispatchQueue.global(qos: .userInitiated).async {
            // Only the families the fonts name: much cheaper than FcInit's whole configuration.
            let selection = FontSelection(families: Set(fonts.flatMap(\.families)))
            if let selection { selection.makeCurrent() } else { _ = FcInit() }
            let configured = WarmupProfile.now()
            let engine = try? TextEngine(selection: selection)
            if let engine {
                for font in fonts { _ = try? engine.layout(sample, font: font).extents }
            }
            WarmupProfile.note("font warm-up: " + (selection == nil ? "FcInit" : "font selection") + " %.2f ms, %d fonts %.2f ms", configured - begin, fonts.count, WarmupProfile.now() - configured)
            if let engine { lock.sync { idle.append(engine) } }
            group.leave()
        }
    }

    /// An idle engine (waiting for a warm-up in progress); nil if there is none. Waiting instead
    /// of building a second engine matters: a second FcInit at the same time would load
    /// everything again.
    static func takeEngine() -> TextEngine? {
        let begin = WarmupProfile.now()
        group.wait()
        WarmupProfile.note("font warm-up: the first text waited %.2f ms", WarmupProfile.now() - begin)
        return lock.sync { idle.popLast() }
    }

    /// Returns an engine when its Canvas is finished, so the next Canvas of the process (another
    /// format of the same map, the atlas's next figure) finds its fonts loaded instead of loading
    /// them again. One Canvas holds an engine at a time, so its Pango context is never used by
    /// two threads at once; an atlas drawing N figures at a time keeps N engines.
    static func giveBack(_ engine: TextEngine) {
        lock.sync { idle.append(engine) }
    }
}

/// With BORDERLINES_PROFILE=1 (as the render phases), when the warm-up ran and how long text waited for it.
private enum WarmupProfile {
    static let enabled = getenv("BORDERLINES_PROFILE").map { String(cString: $0) == "1" } ?? false

    /// Monotonic milliseconds.
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) * 1e3 + Double(t.tv_nsec) / 1e6
    }

    /// Prints one line to stderr (whole lines: the warm-up thread and the main thread both write).
    static func note(_ format: String, _ args: any CVarArg...) {
        guard enabled else { return }
        let line = withVaList(args) { vsnprintfString(format, $0) }
        let bytes = Array((line + "\n").utf8)
        _ = write(2, bytes, bytes.count)
    }

    private static func vsnprintfString(_ format: String, _ args: CVaListPointer) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        let n = Int(vsnprintf(&buffer, buffer.count, format, args))
        let length = max(0, min(n, buffer.count - 1))
        return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension Canvas {
    /// Starts loading the font configuration and `fonts` in the background, for text like
    /// `sample` (same scripts); call early in a process that will draw text in them (the first
    /// Canvas made afterwards uses the result). That Canvas finds glyphs only in the families
    /// `fonts` name (see `FontSelection`); text in other families uses the default configuration.
    public static func prepareFonts(_ fonts: [Font] = [], sample: String = "Ag") {
        FontWarmup.start(fonts, sample: sample)
    }
}
