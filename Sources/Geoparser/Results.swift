import Gazetteer

/// A place mention: a toponym in the text, its canonical id (nil when the gazetteer lacks it) and position.
public struct Mention: Sendable, Codable, Hashable {
    /// Canonical place id, or nil for a clear toponym the gazetteer lacks.
    public var id: String?
    /// The exact text of the span.
    public var surface: String
    /// First code point (Unicode scalar index into the decoded text).
    public var start: Int
    /// One past the last code point.
    public var end: Int
    /// The place type (hill, lake, polity…), or the type the pattern implies for an unknown toponym.
    public var kind: String
    /// The gazetteer point [lon, lat], if it has one.
    public var coordinate: Coordinate?
    /// How sure the match and its id are, 0–1.
    public var confidence: Double

    /// Creates a mention.
    public init(id: String?, surface: String, start: Int, end: Int, kind: String, coordinate: Coordinate?, confidence: Double) {
        self.id = id; self.surface = surface; self.start = start; self.end = end
        self.kind = kind; self.coordinate = coordinate; self.confidence = confidence
    }
}

/// "22 kilometers south-west of Carlisle": a point computed from an anchor, a bearing and a distance.
public struct RelativeLocation: Sendable, Codable, Hashable {
    /// The whole expression as written.
    public var surface: String
    /// First code point of the expression.
    public var start: Int
    /// One past its last code point.
    public var end: Int
    /// The anchor's place id.
    public var anchor: String
    /// Distance in metres.
    public var distanceMeters: Double
    /// Azimuth in degrees clockwise from north.
    public var azimuthDegrees: Double
    /// The WGS84 direct-geodesic point.
    public var coordinate: Coordinate
    /// Radius of uncertainty in metres: max(10 % of the distance, 1 km, the anchor's own).
    public var uncertaintyMeters: Double
    /// The place the expression locates, when the text names it just before ("Hill 101, situated …").
    public var target: String?

    /// Creates a relative location.
    public init(surface: String, start: Int, end: Int, anchor: String, distanceMeters: Double, azimuthDegrees: Double,
                coordinate: Coordinate, uncertaintyMeters: Double, target: String?) {
        self.surface = surface; self.start = start; self.end = end; self.anchor = anchor
        self.distanceMeters = distanceMeters; self.azimuthDegrees = azimuthDegrees; self.coordinate = coordinate
        self.uncertaintyMeters = uncertaintyMeters; self.target = target
    }

    private enum CodingKeys: String, CodingKey {
        case surface, start, end, anchor, target, coordinate
        case distanceMeters = "distance_m", azimuthDegrees = "azimuth_deg", uncertaintyMeters = "uncertainty_m"
    }
}

/// A toponym that names a treaty, protocol or agreement ("the Vienna agreement").
public struct TreatyReference: Sendable, Codable, Hashable {
    /// Treaty id from the treaty table, or nil when the table does not know it.
    public var id: String?
    /// The toponym as written.
    public var surface: String
    /// First code point.
    public var start: Int
    /// One past the last code point.
    public var end: Int

    /// Creates a treaty reference.
    public init(id: String?, surface: String, start: Int, end: Int) {
        self.id = id; self.surface = surface; self.start = start; self.end = end
    }
}

/// A calendar date in the text, resolved to ISO 8601 (the year inferred from the document when missing).
public struct DateMention: Sendable, Codable, Hashable {
    /// The date as written.
    public var surface: String
    /// First code point.
    public var start: Int
    /// One past the last code point.
    public var end: Int
    /// ISO 8601 date (`1938-08-07`, `1938-08`, or `--08-07` when no year is known).
    public var date: String
    /// A qualifier written before it ("before", "after", "until", "by", "since"), if any.
    public var qualifier: String?

    /// Creates a date mention.
    public init(surface: String, start: Int, end: Int, date: String, qualifier: String? = nil) {
        self.surface = surface; self.start = start; self.end = end; self.date = date; self.qualifier = qualifier
    }
}

/// A gazetteer incident that the document supports: its place and a date in its interval, close together.
public struct IncidentLink: Sendable, Codable, Hashable {
    /// The incident id.
    public var id: String
    /// Evidence: pairs of code-point spans [start, end) — the place mention, then the date.
    public var evidence: [[Int]]

    /// Creates an incident link.
    public init(id: String, evidence: [[Int]]) {
        self.id = id
        self.evidence = evidence
    }
}

/// Everything extracted from one document.
public struct Extraction: Sendable, Codable, Hashable {
    /// The document path as given.
    public var document: String
    /// SHA-256 of the document's bytes (hex).
    public var sha256: String
    /// Place mentions, in text order.
    public var mentions: [Mention] = []
    /// Relative locations, in text order.
    public var relative: [RelativeLocation] = []
    /// Treaty references, in text order.
    public var treaties: [TreatyReference] = []
    /// Dates, in text order.
    public var dates: [DateMention] = []
    /// Incidents the document supports.
    public var incidents: [IncidentLink] = []

    /// An empty extraction for a document.
    public init(document: String, sha256: String) {
        self.document = document
        self.sha256 = sha256
    }
}
