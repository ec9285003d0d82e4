import Foundation

/// Chooses graticule steps and formats degree labels.
public enum GraticuleMath {
    /// Candidate steps in arc-minutes: 1′ … 10°.
    static let stepsInMinutes: [Double] = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600]

    /// The smallest round step giving at most `maxLines` lines across `span` degrees.
    public static func step(span: Double, maxLines: Int = 6) -> Double {
        for minutes in stepsInMinutes {
            let step = minutes / 60
            if span / step <= Double(maxLines) { return step }
        }
        return 10
    }

    /// The multiples of `step` inside `lower…upper`.
    public static func values(from lower: Double, to upper: Double, step: Double) -> [Double] {
        guard step > 0, upper > lower else { return [] }
        var out: [Double] = []
        var k = (lower / step).rounded(.up)
        while k * step <= upper + 1e-12 {
            // Round to the step's own precision so 42.449999… prints as 42°27′.
            out.append((k * step * 3600).rounded() / 3600)
            k += 1
        }
        return out
    }

    /// "130°36′E", "42°27′N", "131°E"; minutes shown only when not whole degrees.
    public static func label(_ value: Double, isLongitude: Bool) -> String {
        let hemisphere = isLongitude ? (value < 0 ? "W" : "E") : (value < 0 ? "S" : "N")
        let totalSeconds = Int((abs(value) * 3600).rounded())
        let degrees = totalSeconds / 3600
        let minutes = (totalSeconds % 3600) / 60
        let seconds = totalSeconds % 60
        if seconds != 0 { return "\(degrees)°\(minutes)′\(seconds)″\(hemisphere)" }
        if minutes != 0 { return "\(degrees)°\(minutes)′\(hemisphere)" }
        return "\(degrees)°\(hemisphere)"
    }
}
