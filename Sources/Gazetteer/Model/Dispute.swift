/// One dispute: everything one GeoData file holds.
public struct Dispute: Sendable, Codable, Hashable {
    /// The file name without extension (e.g. `ilmen-1240`).
    public var id: String
    /// English title.
    public var title: String
    /// Titles in other languages.
    public var titles: [String: String]
    /// The period covered, as written (ISO 8601 interval).
    public var period: String?
    /// A short summary.
    public var summary: String?
    /// The parties.
    public var parties: [Party]
    /// Documents, references and datasets that citations point to.
    public var sources: [Source]
    /// Gazetteer entries.
    public var places: [Place]
    /// Claimed boundary lines.
    public var claims: [Claim]
    /// Incidents with a place, in date order.
    public var incidents: [Incident]
    /// Timeline-only events, in date order.
    public var events: [TimelineEvent]
    /// Context geometry.
    public var basemap: [BasemapFeature]
    /// Treaties cited by place names.
    public var treaties: [Treaty] = []
    /// The file it was loaded from.
    public var path: String
    /// The line where each feature (by id) starts in the file, for messages; not serialised.
    public var featureLines: [String: Int] = [:]

    private enum CodingKeys: String, CodingKey {
        case id, title, titles, period, summary, parties, sources, places, claims, incidents, events, basemap, treaties, path
    }

    /// The title in a language, falling back to English.
    public func title(in lang: String) -> String { titles[lang] ?? title }
    /// The party with an id.
    public func party(_ id: String) -> Party? { parties.first { $0.id == id } }
    /// The source with an id.
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
    /// The place with an id.
    public func place(_ id: String) -> Place? { places.first { $0.id == id } }
    /// The incident with an id.
    public func incident(_ id: String) -> Incident? { incidents.first { $0.id == id } }
}
