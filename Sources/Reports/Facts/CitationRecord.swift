import Gazetteer

/// A citation resolved against its dispute's sources: what the report and sidecars print.
public struct CitationRecord: Sendable, Codable, Hashable {
    /// What the citation supports ("incident …", "claim …", "event …").
    public var supports: String
    /// The source id.
    public var source: String
    /// The source's title (the id when the source list lacks it).
    public var title: String
    /// document, reference or dataset.
    public var kind: String?
    /// Archive reference.
    public var archive: String?
    /// Where a reference can be found.
    public var url: String?
    /// The document's SHA-256, for documents.
    public var sha256: String?
    /// Code-point span [start, end) in the document.
    public var span: [Int]?
    /// The quoted passage.
    public var quote: String?
    /// Page or folio.
    public var page: String?
    /// A note on how the source supports the datum.
    public var note: String?

    /// Resolves `citation` in `dispute`; `supports` names the datum it backs.
    public init(_ citation: Citation, in dispute: Dispute, supports: String) {
        let source = dispute.source(citation.source)
        self.supports = supports
        self.source = citation.source
        title = source?.title ?? citation.source
        kind = source?.kind.rawValue
        archive = source?.archive
        url = source?.url
        sha256 = source?.sha256
        span = citation.span.map { [$0.start, $0.end] }
        quote = citation.quote
        page = citation.page
        note = citation.note
    }

    /// A citation of a whole document given to `atlas --text` (id, checksum, no span).
    public init(document id: String, title: String, sha256: String, supports: String) {
        self.supports = supports
        source = id
        self.title = title
        kind = "document"
        self.sha256 = sha256
    }

    /// Where in the source: "Exhibit 2638, p. 3, code points 9246–9326" (empty when nothing is known).
    public var location: String {
        var parts: [String] = []
        if let archive { parts.append(archive) }
        if let page { parts.append(page.first?.isNumber == true ? "p. \(page)" : page) }
        if let span, span.count == 2 { parts.append("code points \(span[0])–\(span[1])") }
        return parts.joined(separator: ", ")
    }
}
