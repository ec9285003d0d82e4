/// A label that wants a place on the map, next to a point feature.
public struct LabelRequest: Sendable, Equatable {
    /// Stable id (the feature's), for reports and tie-breaking.
    public var id: String
    /// The text (for reports).
    public var text: String
    /// Lower numbers are placed first (1 = most important).
    public var priority: Int
    /// The point the label belongs to, in pixels.
    public var anchor: Coordinate
    /// Clearance around the anchor (the marker's radius plus a gap), in pixels.
    public var offset: Double
    /// The label box's width and height in pixels (including its halo).
    public var width: Double
    /// The label box's height in pixels.
    public var height: Double

    /// Creates a request.
    public init(id: String, text: String, priority: Int, anchor: Coordinate, offset: Double, width: Double, height: Double) {
        self.id = id
        self.text = text
        self.priority = priority
        self.anchor = anchor
        self.offset = offset
        self.width = width
        self.height = height
    }
}

/// Where a label went, relative to its anchor.
public enum LabelPosition: String, Sendable, CaseIterable {
    case east, northEast, southEast, west, northWest, southWest, north, south
}

/// A placed label: its box (pixels, y down) and which candidate won.
public struct PlacedLabel: Sendable, Equatable {
    /// The request it answers.
    public var request: LabelRequest
    /// The box the text occupies.
    public var box: BoundingBox
    /// The candidate position used.
    public var position: LabelPosition
    /// 1 for the first ring of candidates, 2 for the farther one.
    public var ring: Int
}
