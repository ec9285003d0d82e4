/// Context geometry under the map: land, sea, coast, lakes, rivers, today's borders.
public struct BasemapFeature: Sendable, Codable, Hashable {
    /// Which layer it belongs to.
    public enum Layer: String, Sendable, Codable, CaseIterable {
        case land, sea, coast, lake, river, border
    }

    /// Optional id.
    public var id: String?
    /// The id of the dispute file that defines it.
    public var dispute: String
    /// The layer.
    public var layer: Layer
    /// A display name.
    public var name: String?
    /// A place this geometry draws (the lake polygon of `lake-ilmen`).
    public var place: String?
    /// The source id the geometry comes from.
    public var source: String?
    /// How far the geometry may be off, in metres.
    public var accuracyMeters: Double?
    /// "present-day" for today's borders.
    public var era: String?
    /// "regional" for coarse context meant for locator insets.
    public var scale: String?
    /// A short note.
    public var note: String?
    /// The geometry, lon/lat.
    public var geometry: GeoJSONGeometry
}
