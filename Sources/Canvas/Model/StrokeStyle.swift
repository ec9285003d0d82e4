/// How line ends are drawn.
public enum LineCap: String, Sendable { case butt, round, square }

/// How corners are drawn.
public enum LineJoin: String, Sendable { case miter, round, bevel }

/// Which regions of a self-overlapping path count as inside.
public enum FillRule: String, Sendable {
    /// Non-zero winding (SVG "nonzero").
    case winding
    /// Even-odd: rings inside rings become holes whatever their direction.
    case evenOdd
}

/// Everything about a stroke except its colour.
public struct StrokeStyle: Sendable, Hashable {
    public var width: Double
    public var cap: LineCap
    public var join: LineJoin
    public var miterLimit: Double
    /// Alternating on/off lengths in points; empty means solid.
    public var dash: [Double]
    /// How far into the dash pattern the line starts.
    public var dashOffset: Double

    /// A stroke style; defaults are a solid 1 pt line with butt caps and miter joins.
    public init(width: Double = 1, cap: LineCap = .butt, join: LineJoin = .miter,
                miterLimit: Double = 10, dash: [Double] = [], dashOffset: Double = 0) {
        self.width = width
        self.cap = cap
        self.join = join
        self.miterLimit = miterLimit
        self.dash = dash
        self.dashOffset = dashOffset
    }

    /// Throws unless the values can be drawn (finite, non-negative, dash not all zero).
    func validate() throws {
        guard width.isFinite, width >= 0 else { throw CanvasError.invalidArgument("line width \(width)") }
        guard miterLimit.isFinite, miterLimit >= 1 else { throw CanvasError.invalidArgument("miter limit \(miterLimit)") }
        guard dashOffset.isFinite else { throw CanvasError.invalidArgument("dash offset \(dashOffset)") }
        if !dash.isEmpty {
            guard dash.allSatisfy({ $0.isFinite && $0 >= 0 }), dash.contains(where: { $0 > 0 }) else {
                throw CanvasError.invalidArgument("dash pattern \(dash)")
            }
        }
    }
}
