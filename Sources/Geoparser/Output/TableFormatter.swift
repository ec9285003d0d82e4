/// Renders an extraction as plain-text tables for a terminal.
///
/// The mention table has a "side of claim" column for the cartography layer to fill (through
/// `sideOfClaim`); until claim geometry exists it shows "—".
public struct TableFormatter {
    /// Text for the side-of-claim column of a mention (e.g. "A side · disputed"), or nil for "—".
    public var sideOfClaim: (@Sendable (Mention) -> String?)?

    /// A formatter; pass `sideOfClaim` once claim lines can classify points.
    public init(sideOfClaim: (@Sendable (Mention) -> String?)? = nil) { self.sideOfClaim = sideOfClaim }

    /// The tables for an extraction.
    public func render(_ x: Extraction) -> String {
        var out: [String] = []
        out.append("\(x.document)  sha256 \(x.sha256)\n")
        out.append(TableFormatter.table(
            title: "PLACES", header: ["span", "surface", "id", "kind", "lon, lat", "side of claim", "conf."],
            rows: x.mentions.map { m in
                [ "\(m.start)–\(m.end)", TableFormatter.oneLine(m.surface), m.id ?? "(not in gazetteer)", m.kind,
                  m.coordinate.map { TableFormatter.lonLat($0) } ?? "—", sideOfClaim?(m) ?? "—", JSONText.confidence(m.confidence) ]
            }))
        if !x.relative.isEmpty {
            out.append(TableFormatter.table(
                title: "RELATIVE LOCATIONS", header: ["span", "expression", "anchor", "target", "lon, lat", "± m"],
                rows: x.relative.map { r in
                    ["\(r.start)–\(r.end)", TableFormatter.oneLine(r.surface), r.anchor, r.target ?? "—", TableFormatter.lonLat(r.coordinate), JSONText.number(r.uncertaintyMeters.rounded())]
                }))
        }
        if !x.treaties.isEmpty {
            out.append(TableFormatter.table(title: "TREATY REFERENCES", header: ["span", "surface", "treaty"],
                                            rows: x.treaties.map { ["\($0.start)–\($0.end)", $0.surface, $0.id ?? "(unknown treaty)"] }))
        }
        if !x.dates.isEmpty {
            out.append(TableFormatter.table(title: "DATES", header: ["span", "surface", "date"],
                                            rows: x.dates.map { ["\($0.start)–\($0.end)", TableFormatter.oneLine($0.surface), ($0.qualifier.map { $0 + " " } ?? "") + $0.date] }))
        }
        if !x.incidents.isEmpty {
            out.append(TableFormatter.table(title: "INCIDENTS SUPPORTED", header: ["id", "evidence (code points)"],
                                            rows: x.incidents.map { i in [i.id, i.evidence.map { "\($0[0])–\($0[1])" }.joined(separator: ", ")] }))
        }
        return out.joined(separator: "\n")
    }

    static func lonLat(_ c: Coordinate) -> String {
        func f(_ x: Double) -> String {
            let r = (x * 100_000).rounded() / 100_000
            var s = "\(r)"
            if let dot = s.firstIndex(of: ".") {
                let decimals = s.distance(from: dot, to: s.endIndex) - 1
                if decimals < 5 { s += String(repeating: "0", count: 5 - decimals) }
            }
            return s
        }
        return "\(f(c.lon)), \(f(c.lat))"
    }

    static func oneLine(_ s: String) -> String {
        String(s.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : Character($0) })
    }

    /// Left-aligned columns; East Asian wide characters count two.
    static func table(title: String, header: [String], rows: [[String]]) -> String {
        var widths = header.map(displayWidth)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], displayWidth(c)) } }
        func line(_ r: [String]) -> String {
            r.enumerated().map { i, c in i == r.count - 1 ? c : c + String(repeating: " ", count: widths[i] - displayWidth(c)) }.joined(separator: "  ")
        }
        return ([title + " (\(rows.count))", line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { w, u in
            switch u.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6: return w + 2
            case 0x0300...0x036F: return w
            default: return w + 1
            }
        }
    }
}

import Gazetteer
