import Foundation
import Gazetteer

/// Which treaties a toponym can name: "the Vienna agreement" → `vienna-protocol-1815`.
///
/// This is data, not code: it is loaded from JSON (`{"treaties": [{"id", "title", "places", "names"}]}`),
/// and belongs with the dispute files once the format has a `treaty` feature kind.
public struct TreatyTable: Sendable, Codable, Hashable {
    /// One treaty (or protocol, agreement, convention) and the toponyms that name it.
    public struct Treaty: Sendable, Codable, Hashable {
        /// Canonical treaty id, e.g. `vienna-protocol-1815`.
        public var id: String
        /// Display title.
        public var title: String?
        /// Gazetteer place ids whose names, inside a treaty phrase, name this treaty.
        public var places: [String]
        /// Further toponyms that name it (when the place is not in the gazetteer), any language.
        public var names: [String]

        /// Creates a treaty entry.
        public init(id: String, title: String? = nil, places: [String] = [], names: [String] = []) {
            self.id = id
            self.title = title
            self.places = places
            self.names = names
        }

        private enum CodingKeys: String, CodingKey { case id, title, places, names }

        /// Decodes an entry; `places` and `names` may be omitted.
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            title = try c.decodeIfPresent(String.self, forKey: .title)
            places = try c.decodeIfPresent([String].self, forKey: .places) ?? []
            names = try c.decodeIfPresent([String].self, forKey: .names) ?? []
        }
    }

    /// The treaties, in priority order (the first that fits a toponym wins).
    public var treaties: [Treaty]

    /// Creates a table.
    public init(treaties: [Treaty] = []) { self.treaties = treaties }

    /// Parses `{"treaties": [...]}` JSON.
    public init(json: [UInt8]) throws {
        self = try JSONDecoder().decode(TreatyTable.self, from: Data(json))
    }

    /// Loads a table from a JSON file.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        try self.init(json: [UInt8](data))
    }

    /// Both tables' treaties; entries of `other` with an id already present are skipped.
    public func merged(with other: TreatyTable) -> TreatyTable {
        var out = self
        for t in other.treaties where !out.treaties.contains(where: { $0.id == t.id }) { out.treaties.append(t) }
        return out
    }

    /// The index of the treaty a place names, if any.
    func index(forPlace id: String) -> Int? { treaties.firstIndex { $0.places.contains(id) } }

    /// The index of the treaty a toponym names, compared by `NameNormalizer.key`.
    func index(forName name: String) -> Int? {
        let key = NameNormalizer.key(name)
        return treaties.firstIndex { $0.names.contains { NameNormalizer.key($0) == key } }
    }
}
