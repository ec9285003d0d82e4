/// Where the anchor point sits horizontally on the text's logical box.
public enum HorizontalAnchor: String, Sendable { case left, center, right }

/// Where the anchor point sits vertically: top/middle/bottom of the logical box, or the first baseline.
public enum VerticalAnchor: String, Sendable { case top, middle, baseline, bottom }

/// The point of a label's box that is placed at the drawing position.
public struct TextAnchor: Sendable, Hashable {
    public var horizontal: HorizontalAnchor
    public var vertical: VerticalAnchor

    /// An anchor; the default is left/baseline like a typewriter.
    public init(_ horizontal: HorizontalAnchor = .left, _ vertical: VerticalAnchor = .baseline) {
        self.horizontal = horizontal
        self.vertical = vertical
    }

    /// Centre of the logical box (labels on a point, titles).
    public static let center = TextAnchor(.center, .middle)
    /// Left end of the first baseline.
    public static let leftBaseline = TextAnchor(.left, .baseline)
}

/// A contrasting outline behind text so it reads over busy map content.
public struct Halo: Sendable, Hashable {
    public var color: RGBA
    /// How far the halo reaches beyond the glyph edges, in points.
    public var radius: Double

    /// A halo; white, 1.5 pt by default.
    public init(color: RGBA = .white, radius: Double = 1.5) {
        self.color = color
        self.radius = radius
    }
}

/// Alignment of the lines of multi-line text within its box.
public enum TextAlignment: String, Sendable { case left, center, right }

/// How a label is drawn.
public struct TextStyle: Sendable, Hashable {
    public var font: Font
    public var color: RGBA
    public var halo: Halo?
    public var anchor: TextAnchor
    public var alignment: TextAlignment

    /// A text style; black text, no halo, anchored at the left baseline.
    public init(font: Font = Font(), color: RGBA = .black, halo: Halo? = nil,
                anchor: TextAnchor = .leftBaseline, alignment: TextAlignment = .left) {
        self.font = font
        self.color = color
        self.halo = halo
        self.anchor = anchor
        self.alignment = alignment
    }
}

/// Measured text, in points, relative to the layout's top-left corner.
public struct TextExtents: Sendable, Hashable {
    /// The box the glyph outlines actually cover.
    public var ink: Rect
    /// The typographic box (advance widths × line height); use this for anchoring.
    public var logical: Rect
    /// Distance from the top of the logical box to the first baseline.
    public var baseline: Double
    /// Characters no font could draw (drawn as hex boxes); 0 means every glyph is real.
    public var unknownGlyphs: Int

    /// Creates extents (normally produced by `TextMeasurer`).
    public init(ink: Rect, logical: Rect, baseline: Double, unknownGlyphs: Int) {
        self.ink = ink
        self.logical = logical
        self.baseline = baseline
        self.unknownGlyphs = unknownGlyphs
    }

    /// Where the layout's top-left corner goes when the anchor lands on `point`.
    public func origin(at point: Point, anchor: TextAnchor) -> Point {
        let dx: Double
        switch anchor.horizontal {
        case .left: dx = logical.minX
        case .center: dx = logical.minX + logical.width / 2
        case .right: dx = logical.maxX
        }
        let dy: Double
        switch anchor.vertical {
        case .top: dy = logical.minY
        case .middle: dy = logical.minY + logical.height / 2
        case .baseline: dy = baseline
        case .bottom: dy = logical.maxY
        }
        return Point(x: point.x - dx, y: point.y - dy)
    }

    /// The logical box in canvas coordinates when drawn at `point` with `anchor` (for collision tests).
    public func frame(at point: Point, anchor: TextAnchor) -> Rect {
        let o = origin(at: point, anchor: anchor)
        return logical.offsetBy(dx: o.x, dy: o.y)
    }

    /// The ink box in canvas coordinates when drawn at `point` with `anchor`.
    public func inkFrame(at point: Point, anchor: TextAnchor) -> Rect {
        let o = origin(at: point, anchor: anchor)
        return ink.offsetBy(dx: o.x, dy: o.y)
    }
}
