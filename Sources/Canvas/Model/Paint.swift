/// A repeating pattern of parallel lines, e.g. for a disputed area that must read in greyscale.
public struct Hatch: Sendable, Hashable {
    /// Distance between line centres, in points.
    public var spacing: Double
    /// Direction of the lines in degrees, counter-clockwise from horizontal (45 = "/").
    public var angle: Double
    /// Line width in points.
    public var lineWidth: Double
    public var color: RGBA

    /// A hatch; defaults to thin lines 6 pt apart at 45°.
    public init(spacing: Double = 6, angle: Double = 45, lineWidth: Double = 1, color: RGBA = .black) {
        self.spacing = spacing
        self.angle = angle
        self.lineWidth = lineWidth
        self.color = color
    }

    /// Throws unless spacing and width are positive, finite and the lines fit in the spacing.
    func validate() throws {
        guard spacing.isFinite, spacing > 0, lineWidth.isFinite, lineWidth > 0, lineWidth < spacing,
              angle.isFinite else {
            throw CanvasError.invalidArgument("hatch spacing \(spacing), width \(lineWidth), angle \(angle)")
        }
    }
}

/// What fills an area.
public enum Paint: Sendable, Hashable {
    case color(RGBA)
    case hatch(Hatch)
}
