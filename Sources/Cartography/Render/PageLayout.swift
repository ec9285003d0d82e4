import Canvas

/// Where everything goes on the page: title block, map frame, side panel (inset, legend, key)
/// and the sources line. All sizes grow with the page so a poster and a slide look alike.
public struct PageLayout: Sendable {
    /// Typographic scale: 1 for the standard 8 × 6 in figure.
    public let k: Double
    /// The whole page.
    public let page: Rect
    /// The map frame.
    public let frame: Rect
    /// The side panel right of the frame.
    public let panel: Rect
    /// Baseline of the title.
    public let titleBaseline: Point
    /// Baseline of the subtitle.
    public let subtitleBaseline: Point
    /// The box for the sources line under the frame.
    public let sources: Rect

    /// Lays out a page of `width` × `height` points.
    public init(width: Double, height: Double) {
        page = Rect(x: 0, y: 0, width: width, height: height)
        k = max(0.5, min(4, min(width / 576, height / 432)))
        let margin = 14 * k
        let panelWidth = min(160 * k, width * 0.3)
        let top = 54 * k, bottom = 48 * k, left = 42 * k
        titleBaseline = Point(x: margin, y: 24 * k)
        subtitleBaseline = Point(x: margin, y: 39 * k)
        frame = Rect(x: left, y: top, width: max(10, width - left - panelWidth - 2 * margin), height: max(10, height - top - bottom))
        panel = Rect(x: frame.maxX + margin, y: top, width: panelWidth, height: frame.height)
        sources = Rect(x: margin, y: frame.maxY + 17 * k, width: width - 2 * margin, height: bottom - 19 * k)
    }

    /// Font sizes in points.
    public var titleSize: Double { 13.5 * k }
    public var subtitleSize: Double { 8.5 * k }
    public var labelSize: Double { 7.2 * k }
    public var smallSize: Double { 6.2 * k }
    public var legendSize: Double { 6.3 * k }
    public var sourcesSize: Double { 5.6 * k }
}
