import GeoTypes

/// A dated event with a place: a clash, an occupation, a truce on the ground.
public struct Incident: Sendable, Codable, Hashable {
    /// Unique id.
    public var id: String
    /// The id of the dispute file that defines it.
    public var dispute: String
    /// Display title (English).
    public var title: String
    /// The title in other languages, by language tag (the data's `titles`).
    public var titles: [String: String] = [:]
    /// When it happened.
    public var date: HistoricalDate
    /// The place id it happened at, if given by reference.
    public var place: String?
    /// Where it happened: its own geometry, or the place's point.
    public var coordinate: Coordinate?
    /// Party ids involved.
    public var parties: [String]
    /// A short summary in our own words.
    public var summary: String
    /// Sources.
    public var citations: [Citation]

    /// The title in a language, falling back to English.
    public func title(in lang: String) -> String { titles[lang] ?? title }
}

/// A dated event without a place (a diplomatic note, a conversation): timeline only.
public struct TimelineEvent: Sendable, Codable, Hashable {
    /// Unique id.
    public var id: String
    /// The id of the dispute file that defines it.
    public var dispute: String
    /// Display title.
    public var title: String
    /// When it happened.
    public var date: HistoricalDate
    /// Party ids involved.
    public var parties: [String]
    /// A short summary in our own words.
    public var summary: String
    /// Sources.
    public var citations: [Citation]
}
