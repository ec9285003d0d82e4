/// An axis-aligned rectangle: west/south/east/north in degrees, or min/max x/y in metres.
public struct BoundingBox: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Minimum x (west).
    public var minX: Double
    /// Minimum y (south).
    public var minY: Double
    /// Maximum x (east).
    public var maxX: Double
    /// Maximum y (north).
    public var maxY: Double

    /// Creates a box from its extremes.
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The smallest box holding every coordinate, or nil for an empty sequence.
    public init?<S: Sequence>(covering coordinates: S) where S.Element == Coordinate {
        var iterator = coordinates.makeIterator()
        guard let first = iterator.next() else { return nil }
        var box = BoundingBox(minX: first.x, minY: first.y, maxX: first.x, maxY: first.y)
        while let c = iterator.next() { box.extend(c) }
        self = box
    }

    /// Width (maxX − minX).
    public var width: Double { maxX - minX }
    /// Height (maxY − minY).
    public var height: Double { maxY - minY }
    /// The centre point.
    public var center: Coordinate { Coordinate(x: (minX + maxX) / 2, y: (minY + maxY) / 2) }
    /// True when the box has no area or is inverted.
    public var isEmpty: Bool { !(maxX > minX && maxY > minY) }

    /// Grows the box to include a coordinate.
    public mutating func extend(_ c: Coordinate) {
        minX = Swift.min(minX, c.x)
        minY = Swift.min(minY, c.y)
        maxX = Swift.max(maxX, c.x)
        maxY = Swift.max(maxY, c.y)
    }

    /// Grows the box to include another box.
    public mutating func extend(_ other: BoundingBox) {
        extend(Coordinate(x: other.minX, y: other.minY))
        extend(Coordinate(x: other.maxX, y: other.maxY))
    }

    /// The box grown by `dx` and `dy` on every side.
    public func expanded(dx: Double, dy: Double) -> BoundingBox {
        BoundingBox(minX: minX - dx, minY: minY - dy, maxX: maxX + dx, maxY: maxY + dy)
    }

    /// True when the coordinate lies inside or on the edge.
    public func contains(_ c: Coordinate) -> Bool {
        c.x >= minX && c.x <= maxX && c.y >= minY && c.y <= maxY
    }

    /// True when the two boxes overlap (touching edges do not count).
    public func intersects(_ other: BoundingBox) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    public var description: String { "[\(minX), \(minY), \(maxX), \(maxY)]" }
}
