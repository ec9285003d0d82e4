/// A document, reference or dataset that citations point to.
public struct Source: Sendable, Codable, Hashable {
    /// What kind of source this is.
    public enum Kind: String, Sendable, Codable {
        /// A primary text (citations carry spans into it; it is checked by checksum).
        case document
        /// A secondary reference (an article, an encyclopaedia page, research notes).
        case reference
        /// A dataset the basemap was derived from.
        case dataset
    }

    /// Unique id within the dispute.
    public var id: String
    /// Its kind.
    public var kind: Kind
    /// Human-readable title.
    public var title: String
    /// Archive reference (e.g. an exhibit number).
    public var archive: String?
    /// File name of a document (documents are inputs, not bundled).
    public var file: String?
    /// SHA-256 (hex) of a document's bytes.
    public var sha256: String?
    /// Where a reference or dataset can be found.
    public var url: String?
    /// The licence of a dataset.
    public var license: String?
    /// The attribution line a map must carry when it draws this source's data.
    public var attribution: String?
}
