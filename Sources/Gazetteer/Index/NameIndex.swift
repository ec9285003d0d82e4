/// Every name of every place, keyed by `NameNormalizer.key`, for lookup by spelling variant.
public struct NameIndex: Sendable {
    /// One indexed name.
    public struct Entry: Sendable, Hashable {
        /// The place it names.
        public var placeID: String
        /// The dispute that defines the place.
        public var dispute: String
        /// The name as written in the data.
        public var toponym: String
        /// Its language tag.
        public var lang: String
    }

    private var entries: [String: [Entry]] = [:]

    /// Builds the index from places; every name, the title and the id itself are indexed.
    public init(places: [Place]) {
        for place in places {
            var seen = Set<String>()
            let names = place.names.map { ($0.toponym, $0.lang) } + [(place.title, "en")]
            for (toponym, lang) in names {
                let key = NameNormalizer.key(toponym)
                guard !key.isEmpty, seen.insert(key + "\u{0}" + place.id).inserted else { continue }
                entries[key, default: []].append(Entry(placeID: place.id, dispute: place.dispute, toponym: toponym, lang: lang))
            }
        }
    }

    /// The entries whose normalised name equals the normalised query; empty when none.
    public func lookup(_ name: String) -> [Entry] {
        entries[NameNormalizer.key(name)] ?? []
    }

    /// The distinct place ids a name can refer to, in a stable order.
    public func placeIDs(for name: String) -> [String] {
        var seen = Set<String>()
        return lookup(name).compactMap { seen.insert($0.placeID).inserted ? $0.placeID : nil }
    }

    /// Every key with its entries (for building matchers), sorted by key for determinism.
    public var allKeys: [(key: String, entries: [Entry])] {
        entries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Number of distinct keys.
    public var count: Int { entries.count }
}
