/// Checks citation spans and quotes against the documents they cite, when those documents are at hand.
public enum CitationChecks {
    /// Every citation of `dispute` whose source is one of `documents` (matched by file name or checksum)
    /// must lie inside the document and, when it quotes, quote it exactly.
    public static func run(_ dispute: Dispute, documents: [SourceDocument]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func add(_ severity: Diagnostic.Severity, _ feature: String?, _ field: String?, _ message: String, _ hint: String? = nil) {
            out.append(Diagnostic(severity, file: dispute.path, line: feature.flatMap { dispute.featureLines[$0] }, feature: feature.map { "feature \"\($0)\"" }, field: field, message: message, hint: hint))
        }
        var bySource: [String: SourceDocument] = [:]
        for source in dispute.sources where source.kind == .document {
            let match = documents.first { doc in
                (source.sha256.map { $0.lowercased() == doc.sha256 } ?? false) || source.file == doc.fileName
            }
            guard let doc = match else { continue }
            if let expected = source.sha256, expected.lowercased() != doc.sha256 {
                add(.error, nil, "sources.\(source.id).sha256",
                    "\(doc.path) has SHA-256 \(doc.sha256), but the data cites \(expected)",
                    "spans were counted in another edition of the document; re-cite them or pass the right file")
                continue
            }
            bySource[source.id] = doc
        }
        guard !bySource.isEmpty else { return out }

        func check(_ citations: [Citation], feature: String?, field: String) {
            for (i, c) in citations.enumerated() {
                guard let span = c.span, let doc = bySource[c.source] else { continue }
                let f = "\(field)[\(i)].span"
                guard let text = doc.text(of: span) else {
                    add(.error, feature, f, "span [\(span.start), \(span.end)] is outside \(doc.fileName) (\(doc.scalars.count) code points)",
                        "spans are Unicode code-point offsets, end exclusive")
                    continue
                }
                if let quote = c.quote, quote != text {
                    add(.error, feature, "\(field)[\(i)].quote",
                        "quote \"\(quote.prefix(60))\" does not match the document text \"\(text.prefix(60))\" at [\(span.start), \(span.end)]",
                        "correct the span or the quote")
                }
            }
        }
        for p in dispute.places {
            check(p.citations, feature: p.id, field: "properties.citations")
            for (i, n) in p.names.enumerated() { check(n.citations ?? [], feature: p.id, field: "properties.names[\(i)].citations") }
        }
        for c in dispute.claims { check(c.citations, feature: c.id, field: "properties.citations") }
        for e in dispute.incidents { check(e.citations, feature: e.id, field: "properties.citations") }
        for e in dispute.events { check(e.citations, feature: e.id, field: "properties.citations") }
        for t in dispute.treaties { check(t.citations, feature: t.id, field: "properties.citations") }
        return out
    }
}
