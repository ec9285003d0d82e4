import Cartography

/// Writes `index.html`: one self-contained page (inline CSS, no scripts, images by relative path).
public enum HTMLWriter {
    /// The HTML of a report; every string from data or documents is escaped.
    public static func render(_ report: AtlasReport) -> String {
        let h = Escaping.html
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="\(h(MapRenderer.creator))">
        <title>\(h(report.title))</title>
        <style>\(css)</style>
        </head>
        <body>
        <header><h1>\(h(report.title))</h1><p>\(h(ReportText.preamble(report)))</p>
        <nav aria-label="Figures"><ol>
        """
        for f in report.figures {
            out += "<li><a href=\"#fig-\(f.number)\">\(h(f.title))</a> <span class=\"muted\">(\(h(f.disputeTitle)), \(f.kind))</span></li>\n"
        }
        out += "</ol></nav></header>\n<main>\n"
        for d in report.disputes {
            out += "<section class=\"dispute\" id=\"dispute-\(h(PathSafety.component(d.id)))\">\n<h2>\(h(d.title))</h2>\n<p class=\"muted\">"
            var facts = ["id <code>\(h(d.id))</code>", "data file \(h(d.file))"]
            if let p = d.period { facts.append("period \(h(p))") }
            if !d.parties.isEmpty { facts.append("parties: \(h(d.parties.joined(separator: ", ")))") }
            out += facts.joined(separator: " · ") + "</p>\n"
            if let s = d.summary { out += "<p>\(h(s))</p>\n" }
            for f in report.figures where f.dispute == d.id { out += figure(f) }
            out += "</section>\n"
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static func figure(_ f: FigureRecord) -> String {
        let h = Escaping.html
        var out = "<article class=\"figure \(f.kind)\" id=\"fig-\(f.number)\">\n<h3>Figure \(f.number). \(h(f.title))</h3>\n<figure>\n"
        if let img = f.image {
            let w = img.pixels.first ?? 0, ht = img.pixels.count > 1 ? img.pixels[1] : 0
            out += "<a href=\"\(h(Escaping.urlPath(img.path)))\"><img src=\"\(h(Escaping.urlPath(img.path)))\" alt=\"\(h(f.altText))\" width=\"\(w)\" height=\"\(ht)\"></a>\n"
        } else if let pdf = f.files.first {
            out += "<p><a href=\"\(h(Escaping.urlPath(pdf.path)))\">Open the figure (\(pdf.format.uppercased()))</a></p>\n"
        }
        out += "<figcaption><strong>Figure \(f.number).</strong> \(h(f.caption))</figcaption>\n</figure>\n<dl>\n"
        if let date = f.date { out += "<dt>Date</dt><dd>\(h(date))" + (f.isoDate.map { " <span class=\"muted\">(\(h($0)))</span>" } ?? "") + "</dd>\n" }
        if let p = f.place { out += "<dt>Place</dt><dd>\(h(ReportText.place(p)))</dd>\n" }
        let links = f.files.map { "<a href=\"\(h(Escaping.urlPath($0.path)))\">\($0.format.uppercased())</a>" } + ["<a href=\"\(h(Escaping.urlPath(f.sidecar)))\">JSON</a>"]
        out += "<dt>Files</dt><dd>\(links.joined(separator: " · "))</dd>\n"
        out += "<dt>Alt text</dt><dd class=\"alt\">\(h(f.altText))</dd>\n"
        if !f.incidentsOffMap.isEmpty { out += "<dt>Off this map</dt><dd>\(h(f.incidentsOffMap.joined(separator: ", ")))</dd>\n" }
        if let doc = f.document {
            out += "<dt>Document</dt><dd>\(h(doc.file)) (id \(h(doc.id)), SHA-256 <code>\(h(doc.sha256))</code>): \(doc.mentions) place mentions, \(doc.relativeLocations) relative locations, \(doc.dates) dates</dd>\n"
        }
        out += "</dl>\n"
        if !f.sources.isEmpty {
            out += "<h4>Sources</h4>\n<ol class=\"sources\">\n"
            for c in f.sources {
                let (title, loc) = ReportText.source(c)
                var li = "<li><cite>\(h(title))</cite>"
                if let url = c.url, url.hasPrefix("https://") || url.hasPrefix("http://") { li += " <a href=\"\(h(url))\">link</a>" }
                if !loc.isEmpty { li += ", \(h(loc))" }
                if let q = c.quote, !q.isEmpty { li += "<blockquote>\(h(q))</blockquote>" }
                if let n = c.note, !n.isEmpty { li += " <span class=\"note\">\(h(n))</span>" }
                li += " <span class=\"muted\">(\(h(c.supports)))</span></li>\n"
                out += li
            }
            out += "</ol>\n"
        }
        if let rows = f.extraction, !rows.isEmpty {
            out += "<h4>Places the document names</h4>\n<table>\n<thead><tr><th>Place</th><th>Type</th><th>Mentions</th><th>Spellings</th><th>First at (code points)</th></tr></thead>\n<tbody>\n"
            for r in rows {
                out += "<tr><td>\(h(r.name))</td><td>\(h(r.kind))</td><td class=\"num\">\(r.count)</td><td>\(h(r.surfaces.joined(separator: ", ")))</td><td>\(r.firstSpan.map(String.init).joined(separator: "–"))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        if !f.sideOfClaim.isEmpty && !f.claimColumns.isEmpty {
            out += "<h4>Side of claim</h4>\n<table class=\"claims\">\n<thead><tr><th>Feature</th><th>Kind</th><th>Status</th>"
            out += f.claimColumns.map { "<th>\(h($0.heading))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for r in f.sideOfClaim {
                out += "<tr class=\"\(h(r.status))\"><td>\(h(r.name))</td><td>\(r.kind)</td><td>\(h(r.summary))</td>"
                out += f.claimColumns.map { "<td>\(h(ReportText.cell(r, $0)))</td>" }.joined() + "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</article>\n"
    }

    /// The page's only styling: readable measure, figures at full width, tables that scroll on phones.
    static let css = """
    body{font:16px/1.5 "DejaVu Sans",system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0 auto;max-width:62rem;padding:1rem 1.5rem}\
    h1{font-size:1.8rem;margin:.5rem 0}h2{border-bottom:2px solid #1a1a1a;margin-top:2.5rem}h3{margin:2rem 0 .5rem}h4{margin:1rem 0 .3rem;font-size:1rem}\
    .muted{color:#555}nav ol{columns:2;font-size:.9rem}figure{margin:0}figure img{display:block;max-width:100%;height:auto;border:1px solid #ccc}\
    figcaption{margin:.4rem 0;font-size:.95rem}dl{display:grid;grid-template-columns:8rem 1fr;gap:.2rem .8rem;font-size:.9rem}dt{font-weight:bold}dd{margin:0}\
    .alt{font-style:italic}blockquote{margin:.2rem 0 .2rem 1rem;padding-left:.6rem;border-left:3px solid #ccc;color:#333}\
    ol.sources{font-size:.9rem}table{border-collapse:collapse;font-size:.85rem;display:block;overflow-x:auto;margin-bottom:1rem}\
    th,td{border:1px solid #ccc;padding:.2rem .45rem;text-align:left;vertical-align:top}th{background:#f3f0e8}td.num{text-align:right}\
    tr.both td:nth-child(3){background:#fbe7c6}code{font-size:.85em}article{border-top:1px solid #ddd;padding-top:.5rem}
    """
}
