import Geometry

/// A party's claimed boundary line, as its sources describe it.
public struct Claim: Sendable, Codable, Hashable {
    /// Unique id (e.g. `claim-north`).
    public var id: String
    /// The id of the dispute file that defines it.
    public var dispute: String
    /// Display title.
    public var title: String
    /// The claimant's party id.
    public var claimant: String
    /// What the claim rests on (a treaty map, a protocol).
    public var basis: String
    /// How sure the line's course is.
    public var certainty: Certainty
    /// True when the vertices are estimated from a verbal description.
    public var schematic: Bool
    /// The side of the line (in drawing order) the claimant claims as its own, when the data says.
    public var side: LineSide?
    /// A longer description.
    public var description: String?
    /// Sources, including the passages where the parties state the line.
    public var citations: [Citation]
    /// The line, lon/lat.
    public var line: [Coordinate]
}
