/// A treaty or protocol that documents cite by a place name ("the Vienna agreement").
///
/// Geoparsing reports such phrases under treaties, not as mentions of the place.
public struct Treaty: Sendable, Codable, Hashable {
    /// Unique id (e.g. `vienna-protocol-1815`).
    public var id: String
    /// The id of the dispute file that defines it.
    public var dispute: String
    /// Display title.
    public var title: String
    /// Places whose names the treaty is cited by.
    public var places: [String]
    /// The names (place names) by which documents cite it.
    public var names: [PlaceName]
    /// Sources.
    public var citations: [Citation]
}
