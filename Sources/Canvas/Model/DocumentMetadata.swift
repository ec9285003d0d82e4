#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Document-level metadata: PDF info dictionary, SVG <title>/<desc>, PNG pHYs is separate.
public struct DocumentMetadata: Sendable, Hashable {
    public var title: String?
    public var author: String?
    /// Alt text: PDF Subject and SVG <desc>.
    public var subject: String?
    public var keywords: [String]
    /// The producing program, e.g. "Borderlines 0.1.0".
    public var creator: String?
    /// Seconds since 1970 for the PDF creation and modification dates; nil means
    /// SOURCE_DATE_EPOCH if set, else `DocumentMetadata.fixedEpoch` — never the wall clock,
    /// so the same input gives the same bytes.
    public var date: Int64?

    /// Metadata; everything optional.
    public init(title: String? = nil, author: String? = nil, subject: String? = nil,
                keywords: [String] = [], creator: String? = nil, date: Int64? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.date = date
    }

    /// The date used when neither `date` nor SOURCE_DATE_EPOCH is given: 1970-01-01T00:00:00Z.
    public static let fixedEpoch: Int64 = 0

    /// The epoch actually written: `date`, else SOURCE_DATE_EPOCH, else `fixedEpoch`.
    public var resolvedEpoch: Int64 {
        if let date { return date }
        if let raw = getenv("SOURCE_DATE_EPOCH"), let v = Int64(String(cString: raw)), v >= 0 {
            return v
        }
        return DocumentMetadata.fixedEpoch
    }

    /// The resolved date as ISO 8601 in UTC ("1970-01-01T00:00:00Z"), the form cairo expects.
    public var isoDate: String { DocumentMetadata.iso8601(epoch: resolvedEpoch) }

    /// Formats seconds since 1970 as "YYYY-MM-DDThh:mm:ssZ" (proleptic Gregorian, UTC).
    public static func iso8601(epoch: Int64) -> String {
        // Howard Hinnant's days-to-civil: exact, no time zone or locale involved.
        let days = epoch >= 0 ? epoch / 86_400 : (epoch - 86_399) / 86_400
        let secs = epoch - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var y = String(year)
        while y.count < 4 { y = "0" + y }
        return "\(y)-\(two(month))-\(two(day))T\(two(secs / 3600)):\(two(secs / 60 % 60)):\(two(secs % 60))Z"
    }
}
