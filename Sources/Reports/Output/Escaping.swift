/// Escaping of strings from data and documents for the report formats.
public enum Escaping {
    /// Text for HTML element content and quoted attribute values: `&<>"'` become entities;
    /// control characters (other than tab and newline) are dropped.
    public static func html(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Inline Markdown text (CommonMark/GFM): HTML-significant characters become entities, so
    /// raw HTML cannot pass through; Markdown punctuation is backslash-escaped; line breaks
    /// become spaces so a value cannot start a new block; `|` is escaped for table cells.
    /// Callers never put a value at the start of a line, so block markers (`#`, `-`, `1.`) need no escape.
    public static func markdown(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "!", "|", "~", "$":
                out += "\\"
                out.unicodeScalars.append(u)
            case "\n", "\r", "\t": out += " "
            default:
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// A relative URL path from safe components: each segment percent-encoded except unreserved characters.
    public static func urlPath(_ relative: String) -> String {
        relative.split(separator: "/", omittingEmptySubsequences: false).map { seg in
            var out = ""
            for b in seg.utf8 {
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                    out.unicodeScalars.append(Unicode.Scalar(b))
                default:
                    out += "%" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
                }
            }
            return out
        }.joined(separator: "/")
    }
}

extension String {
    /// Pads with zeros on the left to `width` characters.
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
