import Foundation

/// Turns ids from data into file-name components that cannot leave the output directory.
public enum PathSafety {
    /// The longest component produced, in ASCII characters (file systems allow 255 bytes).
    public static let maxLength = 96

    /// A file-name component for an id: lower-case ASCII letters, digits, `-`, `_` and inner `.`;
    /// everything else (`/`, `\`, `..`, spaces, control and non-ASCII characters) becomes `-`.
    /// Never empty, never `.` or `..`, never hidden (no leading dot).
    public static func component(_ id: String) -> String {
        var out = ""
        var lastWasDash = false
        for scalar in id.unicodeScalars {
            let c: Character
            switch scalar {
            case "a"..."z", "0"..."9", "_": c = Character(scalar)
            case "A"..."Z": c = Character(String(scalar).lowercased())
            case ".": c = "."
            default: c = "-"
            }
            // Lower-casing keeps case-insensitive file systems (macOS, Windows) from merging two names silently.
            if c == "-" && lastWasDash { continue }
            lastWasDash = c == "-"
            out.append(c)
        }
        // No leading dots or dashes (hidden files, options), no trailing ones, no "..": dots only between word characters.
        while let f = out.first, f == "." || f == "-" { out.removeFirst() }
        while let l = out.last, l == "." || l == "-" { out.removeLast() }
        while out.contains("..") { out = out.replacingOccurrences(of: "..", with: ".") }
        if out.count > maxLength { out = String(out.prefix(maxLength)) }
        while let l = out.last, l == "." || l == "-" { out.removeLast() }
        return out.isEmpty ? "item" : out
    }

    /// True when `relative` (a path built from components) stays inside its base directory:
    /// not absolute, no empty, `.` or `..` segment.
    public static func isContained(_ relative: String) -> Bool {
        guard !relative.isEmpty, !relative.hasPrefix("/") else { return false }
        return relative.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { seg in
            !seg.isEmpty && seg != "." && seg != ".." && !seg.contains("\\")
        }
    }
}

/// Hands out unique names within one directory, resolving collisions deterministically (`-2`, `-3`…).
public struct NameRegistry: Sendable {
    private var used: Set<String> = []

    /// An empty registry; `reserved` names (like `index`) are never handed out.
    public init(reserved: [String] = []) { used = Set(reserved) }

    /// A unique, safe name for an id.
    public mutating func claim(_ id: String) -> String {
        let base = PathSafety.component(id)
        var name = base
        var n = 2
        while used.contains(name) {
            name = "\(base)-\(n)"
            n += 1
        }
        used.insert(name)
        return name
    }
}
