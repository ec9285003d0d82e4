/// The file formats a Canvas can produce.
public enum OutputFormat: String, Sendable, CaseIterable {
    case png, svg, pdf

    /// The format for a file extension ("png", ".SVG", "pdf"), or nil if unknown.
    public init?(fileExtension: String) {
        var ext = fileExtension.lowercased()
        if ext.hasPrefix(".") { ext.removeFirst() }
        self.init(rawValue: ext)
    }

    /// The format implied by a path's extension ("out/map.pdf" → .pdf), or nil.
    public init?(path: String) {
        guard let ext = OutputFormat.fileExtension(ofPath: path) else { return nil }
        self.init(fileExtension: ext)
    }

    /// The extension of a path's last component ("out/map.PDF" → "PDF"), or nil when it has none
    /// (`/dev/null`, `map`, `.hidden`, `map.`).
    public static func fileExtension(ofPath path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex else { return nil }
        return String(name[name.index(after: dot)...])
    }

    /// The conventional file extension, without a dot.
    public var fileExtension: String { rawValue }
}
