/// Writes `index.md`: the atlas as CommonMark/GFM, every data string escaped.
public enum MarkdownWriter {
    /// The Markdown text of a report (deterministic: no dates, no absolute paths).
    public static func render(_ report: AtlasReport) -> String {
        let e = Escaping.markdown
        var out: [String] = ["# \(e(report.title))", "", e(ReportText.preamble(report)), ""]
        for d in report.disputes {
            out += ["## \(e(d.title))", ""]
            var facts = ["Dispute id: `\(d.id.replacingOccurrences(of: "`", with: "'"))`", "data file: \(e(d.file))"]
            if let p = d.period { facts.append("period: \(e(p))") }
            if !d.parties.isEmpty { facts.append("parties: \(e(d.parties.joined(separator: ", ")))") }
            out += [facts.joined(separator: " · "), ""]
            if let s = d.summary { out += [e(s), ""] }
            for f in report.figures where f.dispute == d.id { out += figure(f) }
        }
        return out.joined(separator: "\n")
    }

    static func figure(_ f: FigureRecord) -> [String] {
        let e = Escaping.markdown
        var out = ["### Figure \(f.number). \(e(f.title))", ""]
        if let img = f.image {
            out += ["![\(e(f.altText))](\(Escaping.urlPath(img.path)))", ""]
        }
        out += ["*Figure \(f.number).* \(e(f.caption))", ""]
        if let date = f.date { out.append("- **Date:** \(e(date))" + (f.isoDate.map { " (\(e($0)))" } ?? "")) }
        if let p = f.place { out.append("- **Place:** \(e(ReportText.place(p)))") }
        let links = f.files.map { "[\($0.format.uppercased())](\(Escaping.urlPath($0.path)))" } + ["[JSON](\(Escaping.urlPath(f.sidecar)))"]
        out.append("- **Files:** " + links.joined(separator: " · "))
        out.append("- **Alt text:** \(e(f.altText))")
        if !f.incidentsOffMap.isEmpty { out.append("- **Off this map:** \(e(f.incidentsOffMap.joined(separator: ", ")))") }
        if let doc = f.document {
            out.append("- **Document:** \(e(doc.file)) (id \(e(doc.id)), SHA-256 `\(doc.sha256)`): \(doc.mentions) place mentions, \(doc.relativeLocations) relative locations, \(doc.dates) dates")
        }
        out.append("")
        if !f.sources.isEmpty {
            out += ["**Sources**", ""]
            for (i, c) in f.sources.enumerated() {
                let (title, loc) = ReportText.source(c)
                var line = "\(i + 1). *\(e(title))*"
                if !loc.isEmpty { line += ", \(e(loc))" }
                if let q = c.quote, !q.isEmpty { line += ": “\(e(q))”" }
                if let n = c.note, !n.isEmpty { line += " — \(e(n))" }
                line += " (\(e(c.supports)))"
                out.append(line)
            }
            out.append("")
        }
        if let rows = f.extraction, !rows.isEmpty {
            out += ["**Places the document names**", "", "| Place | Type | Mentions | Spellings | First at (code points) |", "|---|---|---:|---|---|"]
            for r in rows {
                out.append("| \(e(r.name)) | \(e(r.kind)) | \(r.count) | \(e(r.surfaces.joined(separator: ", "))) | \(r.firstSpan.map(String.init).joined(separator: "–")) |")
            }
            out.append("")
        }
        if !f.sideOfClaim.isEmpty && !f.claimColumns.isEmpty {
            out += ["**Side of claim**", ""]
            out.append("| Feature | Kind | Status | " + f.claimColumns.map { e($0.heading) }.joined(separator: " | ") + " |")
            out.append("|---|---|---|" + String(repeating: "---|", count: f.claimColumns.count))
            for r in f.sideOfClaim {
                out.append("| \(e(r.name)) | \(r.kind) | \(e(r.summary)) | " + f.claimColumns.map { e(ReportText.cell(r, $0)) }.joined(separator: " | ") + " |")
            }
            out.append("")
        }
        return out
    }
}
