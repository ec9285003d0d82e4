import CGEOS

/// Which side of a directed line a point lies on.
public enum LineSide: String, Sendable, Codable {
    /// Left of the line, looking along its drawing direction.
    case left
    /// Right of the line.
    case right
    /// On the line.
    case on
}

extension Geometry {
    /// The side of this line string (in its drawing direction) on which `point` lies, judged at the
    /// nearest point of the line. Near a vertex, where the nearest point is the vertex itself, both
    /// adjacent segments are consulted: a point is on the left of a convex-left corner only if it is
    /// left of both segments, and of a reflex corner if it is left of either.
    public func side(of point: Coordinate) throws(GeometryError) -> LineSide {
        let line = try coordinates()
        guard line.count >= 2 else { throw GeometryError(operation: "side of line", message: "needs a line with at least 2 coordinates") }
        // Nearest segment by direct search: exact and cheap for claim lines (tens to thousands of vertices).
        var best = 0
        var bestDistance = Double.infinity
        var bestT = 0.0
        for i in 0..<(line.count - 1) {
            let (d, t) = Geometry.distanceToSegment(point, line[i], line[i + 1])
            if d < bestDistance { bestDistance = d; best = i; bestT = t }
        }
        if bestDistance == 0 { return .on }
        let a = line[best], b = line[best + 1]
        let here = orientation(a, b, point)
        // Interior of the segment: its orientation decides.
        if bestT > 0 && bestT < 1 { return here }
        // Nearest point is a vertex shared with the neighbouring segment.
        let vertexIndex = bestT <= 0 ? best : best + 1
        guard vertexIndex > 0, vertexIndex < line.count - 1 else { return here }
        let p = line[vertexIndex - 1], v = line[vertexIndex], n = line[vertexIndex + 1]
        let s1 = orientation(p, v, point), s2 = orientation(v, n, point)
        if s1 == s2 { return s1 }
        // The corner turns left when n is left of p→v; then the left region is the narrow wedge.
        let turn = orientation(p, v, n)
        if turn == .left { return (s1 == .left && s2 == .left) ? .left : .right }
        if turn == .right { return (s1 == .right && s2 == .right) ? .right : .left }
        return here
    }

    /// GEOS's robust orientation of `c` relative to the segment a→b.
    private func orientation(_ a: Coordinate, _ b: Coordinate, _ c: Coordinate) -> LineSide {
        switch GEOSOrientationIndex_r(ctx, a.x, a.y, b.x, b.y, c.x, c.y) {
        case 1: return .left
        case -1: return .right
        default: return .on
        }
    }

    /// Distance from p to segment a–b and the parameter of the nearest point (0 at a, 1 at b).
    static func distanceToSegment(_ p: Coordinate, _ a: Coordinate, _ b: Coordinate) -> (Double, Double) {
        let dx = b.x - a.x, dy = b.y - a.y
        let len2 = dx * dx + dy * dy
        var t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0
        t = min(1, max(0, t))
        let x = a.x + t * dx - p.x, y = a.y + t * dy - p.y
        return ((x * x + y * y).squareRoot(), t)
    }
}
