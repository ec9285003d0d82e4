import CGEOS

extension Geometry {
    /// The side of this line string (in drawing order) on which `point` lies, judged where the
    /// line comes nearest to the point.
    ///
    /// GEOSProject_r finds the nearest place along the line; GEOSOrientationIndex_r (robust)
    /// decides the side of that segment. When the nearest place is a vertex, one segment is not
    /// enough: at a corner turning left, the left side is the narrow (convex) wedge, so a point is
    /// left only if it is left of both segments; at a corner turning right, it is right only if
    /// right of both. A closed line's first vertex is a corner like any other.
    public func side(of point: Coordinate) throws(GeometryError) -> LineSide {
        let operation = "side of line"
        let t = type
        guard t == .lineString || t == .linearRing else {
            throw GeometryError(operation: operation, message: "needs a LineString, not a \(t)")
        }
        // Repeated vertices make zero-length segments with no direction: drop them.
        var line: [Coordinate] = []
        for c in try coordinates() where c != line.last { line.append(c) }
        guard line.count >= 2 else {
            throw GeometryError(operation: operation, message: "needs a line with at least 2 distinct coordinates")
        }
        let along = try project(point)

        // Cumulative length at each vertex, to find the segment GEOS's distance falls on.
        var cumulative = [0.0]
        cumulative.reserveCapacity(line.count)
        for i in 1..<line.count { cumulative.append(cumulative[i - 1] + distance(line[i - 1], line[i])) }
        // Our sums and GEOS's may differ in the last bits, which matters exactly at a vertex:
        // take every segment within a small tolerance of `along`, and pick the nearest exactly.
        let slack = 1e-9 * max(cumulative[line.count - 1], 1e-300)
        var best = (segment: 0, distance: Double.infinity, t: 0.0)
        for i in 0..<(line.count - 1) where cumulative[i] - slack <= along && along <= cumulative[i + 1] + slack {
            let (d, t) = Geometry.distanceToSegment(point, line[i], line[i + 1])
            if d < best.distance { best = (i, d, t) }
        }
        guard best.distance.isFinite else {
            throw GeometryError(operation: operation, message: "GEOS placed the point \(along) along a line of length \(cumulative[line.count - 1])")
        }
        if best.distance == 0 { return .on }
        let here = orientation(line[best.segment], line[best.segment + 1], point)
        // The nearest point is inside the segment: that segment alone decides.
        if best.t > 0 && best.t < 1 { return here }

        // The nearest point is a vertex: find its neighbours (wrapping round a closed line).
        let vertex = best.t <= 0 ? best.segment : best.segment + 1
        let last = line.count - 1
        let closed = line.count >= 4 && line[0] == line[last]
        let previous: Int, next: Int
        switch vertex {
        case 0 where closed: (previous, next) = (last - 1, 1)
        case last where closed: (previous, next) = (last - 1, 1)
        case 0, last: return here   // an open end: its segment's side (or .on along its extension)
        default: (previous, next) = (vertex - 1, vertex + 1)
        }
        return cornerSide(point, line[previous], line[vertex], line[next])
    }

    /// The side of `x` at the corner p → v → n, when v is the nearest point of the line.
    private func cornerSide(_ x: Coordinate, _ p: Coordinate, _ v: Coordinate, _ n: Coordinate) -> LineSide {
        let incoming = orientation(p, v, x), outgoing = orientation(v, n, x)
        if incoming == outgoing && incoming != .on { return incoming }
        switch orientation(p, v, n) {
        case .left: return incoming == .left && outgoing == .left ? .left : .right
        case .right: return incoming == .right && outgoing == .right ? .right : .left
        // The line doubles back on itself here (a spike): no side is better defined than the incoming one.
        case .on: return incoming
        }
    }

    /// GEOS's robust orientation of `c` relative to the directed segment a → b.
    private func orientation(_ a: Coordinate, _ b: Coordinate, _ c: Coordinate) -> LineSide {
        // GEOSOrientationIndex_r is pure arithmetic on finite input (checked by project above); 2 cannot occur.
        switch GEOSOrientationIndex_r(ctx, a.x, a.y, b.x, b.y, c.x, c.y) {
        case 1: return .left
        case -1: return .right
        default: return .on
        }
    }

    private func distance(_ a: Coordinate, _ b: Coordinate) -> Double {
        ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
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
