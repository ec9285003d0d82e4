/// Which side of a directed line a point lies on.
public enum LineSide: String, Sendable, Codable {
    /// Left of the line, looking along its drawing direction.
    case left
    /// Right of the line.
    case right
    /// On the line (or on the straight extension of an end segment, where no side is defined).
    case on
}
