/// A backend-neutral vector path: the same value draws in PNG, PDF and SVG.
public struct Path: Sendable, Hashable {
    /// One drawing command.
    public enum Element: Sendable, Hashable {
        case move(Point)
        case line(Point)
        /// A cubic Bézier curve: two control points, then the end point.
        case curve(Point, Point, Point)
        case close
    }

    /// The commands in order.
    public private(set) var elements: [Element] = []

    /// An empty path.
    public init() {}

    /// A path from explicit elements.
    public init(elements: [Element]) {
        self.elements = elements
    }

    /// Whether the path draws nothing.
    public var isEmpty: Bool { elements.isEmpty }

    /// Starts a new sub-path at `p`.
    public mutating func move(to p: Point) { elements.append(.move(p)) }
    /// Adds a straight segment to `p`.
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    /// Adds a cubic Bézier segment.
    public mutating func curve(to p: Point, control1: Point, control2: Point) {
        elements.append(.curve(control1, control2, p))
    }
    /// Closes the current sub-path.
    public mutating func close() { elements.append(.close) }

    /// Appends all of `other`'s sub-paths.
    public mutating func append(_ other: Path) { elements.append(contentsOf: other.elements) }

    /// Adds an open polyline through the points (nothing for fewer than 2 points).
    public mutating func addPolyline(_ points: [Point]) {
        guard points.count >= 2 else { return }
        move(to: points[0])
        for p in points.dropFirst() { line(to: p) }
    }

    /// Adds a closed ring (nothing for fewer than 3 points); a repeated last point is dropped.
    public mutating func addRing(_ points: [Point]) {
        var ring = points
        if ring.count > 1, ring.first == ring.last { ring.removeLast() }
        guard ring.count >= 3 else { return }
        move(to: ring[0])
        for p in ring.dropFirst() { line(to: p) }
        close()
    }

    /// Adds an axis-aligned rectangle as a closed sub-path.
    public mutating func addRect(_ r: Rect) {
        addRing([Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)])
    }

    /// Adds a full circle built from four Bézier quarter arcs (identical in every backend).
    public mutating func addCircle(center c: Point, radius r: Double) {
        // 4/3·tan(π/8): the control distance for a quarter circle (error < 0.03 %).
        let k = 0.5522847498307936 * r
        move(to: Point(c.x + r, c.y))
        curve(to: Point(c.x, c.y + r), control1: Point(c.x + r, c.y + k), control2: Point(c.x + k, c.y + r))
        curve(to: Point(c.x - r, c.y), control1: Point(c.x - k, c.y + r), control2: Point(c.x - r, c.y + k))
        curve(to: Point(c.x, c.y - r), control1: Point(c.x - r, c.y - k), control2: Point(c.x - k, c.y - r))
        curve(to: Point(c.x + r, c.y), control1: Point(c.x + k, c.y - r), control2: Point(c.x + r, c.y - k))
        close()
    }

    /// An open polyline.
    public static func polyline(_ points: [Point]) -> Path {
        var p = Path()
        p.addPolyline(points)
        return p
    }

    /// A polygon: an exterior ring and optional holes (fill with `.evenOdd`, or wind holes the
    /// other way and use `.winding`).
    public static func polygon(_ exterior: [Point], holes: [[Point]] = []) -> Path {
        var p = Path()
        p.addRing(exterior)
        for hole in holes { p.addRing(hole) }
        return p
    }

    /// A rectangle.
    public static func rect(_ r: Rect) -> Path {
        var p = Path()
        p.addRect(r)
        return p
    }

    /// A circle.
    public static func circle(center: Point, radius: Double) -> Path {
        var p = Path()
        p.addCircle(center: center, radius: radius)
        return p
    }

    /// The bounding box of all points, including Bézier control points; nil when empty.
    public var controlBounds: Rect? {
        var minX = Double.infinity, minY = Double.infinity
        var maxX = -Double.infinity, maxY = -Double.infinity
        func add(_ p: Point) {
            minX = min(minX, p.x); maxX = max(maxX, p.x)
            minY = min(minY, p.y); maxY = max(maxY, p.y)
        }
        for e in elements {
            switch e {
            case let .move(p), let .line(p): add(p)
            case let .curve(a, b, c): add(a); add(b); add(c)
            case .close: break
            }
        }
        guard minX <= maxX else { return nil }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}
