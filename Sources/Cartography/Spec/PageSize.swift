/// The size of the output page in points (1/72 in) and the pixels per point of raster output.
public struct PageSize: Sendable, Equatable {
    /// Width in points.
    public var width: Double
    /// Height in points.
    public var height: Double
    /// Pixels per point for PNG (dpi / 72); SVG uses it as its display scale.
    public var scale: Double

    /// Dots per inch of raster output.
    public var dpi: Double { scale * 72 }

    /// Creates a page.
    public init(width: Double, height: Double, scale: Double) {
        self.width = width
        self.height = height
        self.scale = scale
    }

    /// The default figure: 8 × 6 in at 200 dpi (1600 × 1200 px).
    public static let standard = PageSize(width: 576, height: 432, scale: 200.0 / 72)

    /// A page given in pixels at `dpi`: the physical size follows from both.
    public static func pixels(width: Double, height: Double, dpi: Double) -> PageSize {
        PageSize(width: width * 72 / dpi, height: height * 72 / dpi, scale: dpi / 72)
    }

    /// Paper sizes, landscape (maps are wider than tall).
    public static func paper(_ name: String, dpi: Double) -> PageSize? {
        switch name.lowercased() {
        case "a4": return PageSize(width: 841.89, height: 595.28, scale: dpi / 72)
        case "letter": return PageSize(width: 792, height: 612, scale: dpi / 72)
        default: return nil
        }
    }

    /// Largest side accepted, in pixels (Cairo's image limit) and points (PDF viewers' limit).
    public static let maxPixels = 32_767.0
    /// Largest side in points.
    public static let maxPoints = 14_400.0
}
