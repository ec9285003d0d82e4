import Foundation

/// Chooses a scale bar's round length for a map scale.
public enum ScaleBarMath {
    /// A chosen scale bar: its ground length, its drawn width and how to divide and label it.
    public struct Choice: Sendable, Equatable {
        /// Ground length in metres (a round number: 1, 2 or 5 × 10ⁿ).
        public var meters: Double
        /// Drawn width in pixels.
        public var widthPx: Double
        /// Number of alternating segments.
        public var segments: Int
        /// Label for the end of the bar ("5 km", "500 m").
        public var label: String
    }

    /// The longest round length whose bar fits in `maxWidthPx` at `metersPerPixel` (ground metres per pixel
    /// at the map centre, measured geodesically), or nil when not even 1 m fits.
    public static func choose(metersPerPixel: Double, maxWidthPx: Double) -> Choice? {
        guard metersPerPixel > 0, maxWidthPx > 0, metersPerPixel.isFinite else { return nil }
        let maxMeters = metersPerPixel * maxWidthPx
        var best: Double?
        var exponent = 0.0
        while pow(10, exponent) <= maxMeters * 10 {
            for m in [1.0, 2.0, 5.0] {
                let length = m * pow(10, exponent)
                if length <= maxMeters { best = length }
            }
            exponent += 1
        }
        guard let meters = best else { return nil }
        let leading = meters / pow(10, floor(log10(meters)))
        let segments = leading == 2 ? 4 : (leading == 5 ? 5 : 4)
        return Choice(meters: meters, widthPx: meters / metersPerPixel, segments: segments, label: format(meters))
    }

    /// "500 m", "1 km", "2.5 km".
    public static func format(_ meters: Double) -> String {
        if meters >= 1000 {
            let km = meters / 1000
            return km == km.rounded() ? "\(Int(km)) km" : String(format: "%g km", km)
        }
        return meters == meters.rounded() ? "\(Int(meters)) m" : String(format: "%g m", meters)
    }
}
