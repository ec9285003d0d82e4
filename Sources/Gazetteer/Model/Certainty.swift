/// How sure the data is about a position or line (Linked Places Format's vocabulary).
public enum Certainty: String, Sendable, Codable, CaseIterable {
    /// Stated directly by a reliable source and cross-checked.
    case certain
    /// One source, a rounded figure, or sources that disagree a little.
    case lessCertain = "less-certain"
    /// Derived, estimated or unverified: maps draw it lighter, dotted or with a circle.
    case uncertain
}
