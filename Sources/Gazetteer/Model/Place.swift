import GeoTypes

/// A gazetteer entry: a named place with every attested spelling and an honest position.
public struct Place: Sendable, Codable, Hashable {
    /// Canonical id (see spec/canonical-ids.json).
    public var id: String
    /// The id of the dispute file that defines it.
    public var dispute: String
    /// English display name.
    public var title: String
    /// What kind of place it is (hill, lake, river, settlement…).
    public var type: PlaceType
    /// Every attested name; the first of each language is that language's map label.
    public var names: [PlaceName]
    /// How sure the position is.
    public var certainty: Certainty
    /// Radius of the position's uncertainty in metres, where it is estimated.
    public var uncertaintyMeters: Double?
    /// Height above sea level in metres, where known.
    public var heightMeters: Double?
    /// Representative point; nil for polities, regions and unlocated places.
    public var coordinate: Coordinate?
    /// Id of another place whose position stands in for this one.
    public var proxy: String?
    /// How the position was derived from another place ("22 km south-west of Carlisle"), if it was.
    public var relative: RelativePosition?
    /// A short note (anachronisms, derivations).
    public var note: String?
    /// Sources for the position and names.
    public var citations: [Citation]

    /// The preferred label in a language (its own tag, then a regional or script variant such as
    /// zh-Hant), falling back to English, then the title. A romanisation (`zh-Latn-pinyin`,
    /// `ja-Latn`) is not a Chinese or Japanese label: a reader of `--lang zh` wants 防川, not
    /// Fangchuancun, and where the data has no such name the English one serves as well.
    public func label(in lang: String) -> String {
        if let name = names.first(where: { $0.lang == lang }) { return name.toponym }
        let romanised = lang != "en" && !lang.hasPrefix("en-")
        if let name = names.first(where: { $0.lang.hasPrefix(lang + "-") && !(romanised && $0.lang.contains("-Latn")) }) {
            return name.toponym
        }
        if let name = names.first(where: { $0.lang == "en" }) { return name.toponym }
        return title
    }
}

/// A position stated relative to another place: distance and bearing from an anchor.
public struct RelativePosition: Sendable, Codable, Hashable {
    /// The anchor place's id.
    public var anchor: String
    /// Bearing from the anchor, degrees clockwise from north.
    public var azimuthDegrees: Double
    /// Distance from the anchor in metres.
    public var distanceMeters: Double
}

/// One attested name of a place.
public struct PlaceName: Sendable, Codable, Hashable {
    /// The name as written.
    public var toponym: String
    /// Language tag (en, ru, ja, zh-Hans, zh-Hant, ko…).
    public var lang: String
    /// A note on the form (old name, OCR form, transcription).
    public var note: String?
    /// Where this spelling is attested.
    public var citations: [Citation]?
}

/// The type of a place; an open set with well-known values.
public struct PlaceType: RawRepresentable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// The type name as written in the data.
    public var rawValue: String
    /// Wraps a type name.
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let hill = PlaceType(rawValue: "hill")
    public static let lake = PlaceType(rawValue: "lake")
    public static let river = PlaceType(rawValue: "river")
    public static let settlement = PlaceType(rawValue: "settlement")
    public static let marker = PlaceType(rawValue: "marker")
    public static let point = PlaceType(rawValue: "point")
    public static let bay = PlaceType(rawValue: "bay")
    public static let sea = PlaceType(rawValue: "sea")
    public static let polity = PlaceType(rawValue: "polity")
    public static let region = PlaceType(rawValue: "region")
    public static let admin = PlaceType(rawValue: "admin")

    /// The types the format documents; others are reported as warnings.
    public static let known: Set<PlaceType> = [.hill, .lake, .river, .settlement, .marker, .point, .bay, .sea, .polity, .region, .admin, PlaceType(rawValue: "water")]

    public var description: String { rawValue }

    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
