/// A party to a dispute (a claimant).
public struct Party: Sendable, Codable, Hashable {
    /// Unique id within the dispute, referenced by claims and incidents.
    public var id: String
    /// English name.
    public var name: String
    /// Names in other languages, keyed by language tag.
    public var names: [String: String]

    /// The name in a language, falling back to English.
    public func name(in lang: String) -> String { names[lang] ?? name }
}
