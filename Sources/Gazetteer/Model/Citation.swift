/// A pointer from a datum to the source that supports it.
public struct Citation: Sendable, Codable, Hashable {
    /// The id of an entry in the dispute's `sources`.
    public var source: String
    /// Code-point offsets `[start, end)` into the source document, for documents.
    public var span: SourceSpan?
    /// The exact text at `span`, checked when the document is at hand.
    public var quote: String?
    /// A page or folio reference.
    public var page: String?
    /// A free note: what the source says, or how a value was derived from it.
    public var note: String?

    /// Creates a citation.
    public init(source: String, span: SourceSpan? = nil, quote: String? = nil, page: String? = nil, note: String? = nil) {
        self.source = source
        self.span = span
        self.quote = quote
        self.page = page
        self.note = note
    }
}

/// A half-open range of Unicode code points in a document (Python `str` indices).
public struct SourceSpan: Sendable, Codable, Hashable {
    /// First code point.
    public var start: Int
    /// One past the last code point.
    public var end: Int

    /// Creates a span.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        start = try c.decode(Int.self)
        end = try c.decode(Int.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(start)
        try c.encode(end)
    }
}
