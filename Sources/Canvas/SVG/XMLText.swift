/// Escaping for XML text and attribute values.
enum XMLText {
    /// Escapes &, <, >, " and ' and drops characters XML 1.0 forbids (C0 controls other than
    /// tab/newline/return, U+FFFE, U+FFFF), so any label yields well-formed SVG.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Unique, valid XML ids for SVG elements.
struct SVGIdentifiers {
    private var used: Set<String>

    /// A registry with the document-level ids already taken.
    init(reserved: [String]) {
        used = Set(reserved)
    }

    /// Keeps only [A-Za-z0-9_-] (others become "-"), makes it start with a letter or "_",
    /// then appends -2, -3… if it is already taken. Deterministic: same calls, same ids.
    mutating func unique(_ raw: String) -> String {
        var base = String(String.UnicodeScalarView(raw.unicodeScalars.map { s in
            switch s {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-": return s
            default: return "-"
            }
        }))
        if base.isEmpty { base = "id" }
        if let first = base.unicodeScalars.first, !(("a"..."z").contains(first) || ("A"..."Z").contains(first) || first == "_") {
            base = "_" + base
        }
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}
