import Foundation

/// A source document read from disk: its text as Unicode code points (the unit of citation spans) and checksum.
public struct SourceDocument: Sendable {
    /// The path it was read from.
    public let path: String
    /// SHA-256 of the raw bytes (hex).
    public let sha256: String
    /// The decoded text's Unicode scalars; spans index into this.
    public let scalars: [Unicode.Scalar]
    /// True when the bytes were not valid UTF-8 and were decoded with U+FFFD replacements.
    public let hadInvalidUTF8: Bool
    /// The raw bytes as read: a pipe or FIFO can be read only once, so whoever extracts the
    /// document after the citation check extracts from these.
    public let bytes: [UInt8]

    /// Reads a document; throws `GazetteerError.cannotRead` when it cannot be opened.
    public init(path: String) throws(GazetteerError) {
        let bytes = try DisputeLoader.readFile(path)
        self.init(path: path, bytes: bytes)
    }

    /// Wraps bytes already in memory.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        sha256 = SHA256.hex(of: bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        hadInvalidUTF8 = String(validating: bytes, as: UTF8.self) == nil
        scalars = Array(text.unicodeScalars)
    }

    /// The text of a span, or nil when it falls outside the document.
    public func text(of span: SourceSpan) -> String? {
        guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return nil }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[span.start..<span.end])
        return String(s)
    }

    /// The file name without directories.
    public var fileName: String { (path as NSString).lastPathComponent }
}
