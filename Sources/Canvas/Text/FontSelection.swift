import CPangoCairo
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private fontconfig configuration holding only the font families a program pins (every
/// face of them in the standard font directories, read from the system's font caches).
///
/// Why: fontconfig's default configuration parses ~50 files under /etc/fonts at FcInit (≈ 6 ms)
/// and then sorts every installed face for each font size Pango loads; the sort's coverage
/// test over the CJK faces dominates (≈ 1.5 ms per size). With only the pinned families both
/// nearly vanish, and a glyph can only come from a pinned family, as `Font` promises.
/// Glyphs none of the families has are drawn as missing-glyph boxes (counted in
/// `TextExtents.unknownGlyphs`) instead of in whatever other font a machine happens to have.
final class FontSelection: @unchecked Sendable {
    /// The configuration; immutable once built, so Pango may read it from several threads.
    let config: OpaquePointer
    /// The families it holds, exactly as `Font.families` names them.
    let families: Set<String>

    /// Directories and caches of the stock Linux fonts.conf (elsewhere the families are not
    /// found there and `init` gives nil), without its rules: aliases, hinting and antialiasing
    /// preferences that the pinned families and our explicit cairo font options make moot...
    private static let directories = """
        <dir>/usr/share/fonts</dir><dir>/usr/local/share/fonts</dir>\
        <dir prefix="xdg">fonts</dir><dir>~/.fonts</dir>\
        <cachedir>/var/cache/fontconfig</cachedir><cachedir prefix="xdg">fontconfig</cachedir>\
        <cachedir>~/.fontconfig</cachedir>
        """

    /// ...except fontconfig's stock 90-synthetic.conf, which does change glyphs: an italic
    /// label in a family without an italic face (the CJK ones) is slanted by a 0.2 shear, and
    /// bold without a bold face is emboldened.
    private static let synthetic = """
        <match target="font"><test name="slant"><const>roman</const></test>\
        <test target="pattern" name="slant" compare="not_eq"><const>roman</const></test>\
        <edit name="matrix" mode="assign"><times><name>matrix</name>\
        <matrix><double>1</double><double>0.2</double><double>0</double><double>1</double></matrix></times></edit>\
        <edit name="slant" mode="assign"><const>oblique</const></edit>\
        <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit></match>\
        <match target="font"><test name="weight" compare="less_eq"><const>medium</const></test>\
        <test target="pattern" name="weight" compare="more_eq"><const>bold</const></test>\
        <edit name="embolden" mode="assign"><bool>true</bool></edit>\
        <edit name="weight" mode="assign"><const>bold</const></edit></match>
        """

    /// A configuration with only `families`, or nil when one of them is not installed in the
    /// standard directories or the user configures fontconfig through its environment
    /// variables; callers then use fontconfig's default configuration.
    init?(families: Set<String>) {
        guard !families.isEmpty, !families.contains(where: \.isEmpty) else { return nil }
        for name in ["FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT"] where getenv(name) != nil { return nil }
        guard let config = FcConfigCreate() else { return nil }
        let accepted = families.sorted().map {
            "<pattern><patelt name=\"family\"><string>\(XMLText.escape($0))</string></patelt></pattern>"
        }.joined()
        // Accepted patterns win over rejected ones, and the empty pattern rejects every other face.
        let xml = "<?xml version=\"1.0\"?><fontconfig>\(FontSelection.directories)\(FontSelection.synthetic)"
            + "<selectfont><acceptfont>\(accepted)</acceptfont><rejectfont><pattern/></rejectfont></selectfont></fontconfig>"
        guard FcConfigParseAndLoadFromMemory(config, xml, FcFalse) != 0, FcConfigBuildFonts(config) != 0,
              families.allSatisfy({ FontSelection.has($0, in: config) }) else {
            FcConfigDestroy(config)
            return nil
        }
        self.config = config
        self.families = families
    }

    deinit { FcConfigDestroy(config) }

    /// Makes this selection fontconfig's current configuration. Pango starts a thread calling
    /// FcInit with its first font map; with a current configuration that returns at once,
    /// instead of parsing the whole default configuration on the other core while the fonts
    /// load (≈ 6 ms of CPU, and the font loads waited for it). Engines without a selection
    /// then load the default configuration themselves (`standardConfig`).
    func makeCurrent() {
        FontSelection.lock.sync {
            FcConfigSetCurrent(config)
            FontSelection.currentSelection = self
        }
    }

    /// The selection made current, which every engine made afterwards uses (for its families):
    /// all text of the process then comes from the same fonts, whichever engine sets it.
    static var current: FontSelection? { lock.sync { currentSelection } }

    /// Serialises `currentSelection` and `standard`.
    private static let lock = DispatchQueue(label: "Canvas.FontSelection")
    /// Set by `makeCurrent`; only touched inside `lock.sync`.
    nonisolated(unsafe) private static var currentSelection: FontSelection?
    /// fontconfig's default configuration, loaded once; only touched inside `lock.sync`.
    nonisolated(unsafe) private static var standard: OpaquePointer?

    /// The configuration for an engine without a selection: nil (fontconfig's current one,
    /// its default) unless a selection was made current; then the default, loaded once.
    static var standardConfig: OpaquePointer? {
        lock.sync {
            guard currentSelection != nil else { return nil }
            if standard == nil { standard = FcInitLoadConfigAndFonts() }
            return standard
        }
    }

    /// True when every family of `font` is one this selection holds.
    func covers(_ font: Font) -> Bool { font.families.allSatisfy(families.contains) }

    /// True when `config` lists at least one face of `family`.
    private static func has(_ family: String, in config: OpaquePointer) -> Bool {
        guard let pattern = FcPatternCreate() else { return false }
        defer { FcPatternDestroy(pattern) }
        _ = family.withCString { FcPatternAddString(pattern, FC_FAMILY, UnsafeRawPointer($0).assumingMemoryBound(to: FcChar8.self)) }
        guard let objects = FcObjectSetCreate() else { return false }
        defer { FcObjectSetDestroy(objects) }
        _ = FcObjectSetAdd(objects, FC_FAMILY)
        guard let set = FcFontList(config, pattern, objects) else { return false }
        defer { FcFontSetDestroy(set) }
        return set.pointee.nfont > 0
    }
}
