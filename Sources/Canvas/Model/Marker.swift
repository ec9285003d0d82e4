/// Point symbols for places and incidents.
public enum MarkerShape: String, Sendable, CaseIterable {
    case circle, triangle, square, diamond

    /// The marker as a path centred on `center`; `size` is the width of the symbol in points.
    public func path(center c: Point, size: Double) -> Path {
        let r = size / 2
        switch self {
        case .circle:
            return .circle(center: c, radius: r)
        case .square:
            return .rect(Rect(x: c.x - r, y: c.y - r, width: size, height: size))
        case .diamond:
            return .polygon([Point(c.x, c.y - r), Point(c.x + r, c.y), Point(c.x, c.y + r), Point(c.x - r, c.y)])
        case .triangle:
            // Equilateral, pointing up, centred on its centroid so it sits on the spot like ▲.
            let h = size * 0.8660254037844386
            return .polygon([Point(c.x, c.y - 2 * h / 3), Point(c.x + r, c.y + h / 3), Point(c.x - r, c.y + h / 3)])
        }
    }
}
