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
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        self.init(fileExtension: String(name[name.index(after: dot)...]))
    }

    /// The conventional file extension, without a dot.
    public var fileExtension: String { rawValue }
}
