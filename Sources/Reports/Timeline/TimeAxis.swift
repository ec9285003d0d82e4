import Gazetteer

/// A time axis over day numbers, split where the data has a long empty gap so that a late
/// event (a treaty two years on) does not squash the weeks of fighting into a sliver.
struct TimeAxis: Sendable {
    /// A continuous stretch of the axis: days `[first, last]` drawn from `x0` to `x1`.
    struct Segment: Sendable, Equatable {
        var first: Int
        var last: Int
        var x0: Double
        var x1: Double

        /// The x of a day (fractional days allowed).
        func x(_ day: Double) -> Double {
            x0 + (day - Double(first)) / Double(max(1, last - first)) * (x1 - x0)
        }
    }

    /// A labelled tick.
    struct Tick: Sendable, Equatable {
        var day: Int
        var x: Double
        var label: String
    }

    let segments: [Segment]
    /// Room left between segments for the break mark, points.
    static let breakGap = 16.0

    /// Lays the intervals (day numbers, inclusive) out between `x0` and `x1`.
    init(intervals: [(Int, Int)], x0: Double, x1: Double) {
        let sorted = intervals.sorted { $0 < $1 }
        guard let firstDay = sorted.first?.0 else {
            segments = [Segment(first: 0, last: 1, x0: x0, x1: x1)]
            return
        }
        let lastDay = sorted.map(\.1).max()!
        let total = max(1, lastDay - firstDay)
        // A gap longer than this many days starts a new segment.
        let threshold = max(60, total / 4)
        var groups: [(Int, Int)] = []
        for (a, b) in sorted {
            if let last = groups.last, a - last.1 <= threshold {
                groups[groups.count - 1].1 = max(last.1, b)
            } else {
                groups.append((a, b))
            }
        }
        // Pad each stretch so markers at its ends are not cut: 4 % of its span, at least 2 days.
        let padded = groups.map { g -> (Int, Int) in
            let pad = max(2, (g.1 - g.0) / 25)
            return (g.0 - pad, g.1 + pad + 1)
        }
        let usable = (x1 - x0) - Double(padded.count - 1) * TimeAxis.breakGap
        let minWidth = min(44.0, usable / Double(padded.count))
        let spans = padded.map { Double($0.1 - $0.0) }
        let flexible = usable - minWidth * Double(padded.count)
        let spanTotal = spans.reduce(0, +)
        var x = x0
        var segs: [Segment] = []
        for (i, g) in padded.enumerated() {
            let w = minWidth + flexible * spans[i] / spanTotal
            segs.append(Segment(first: g.0, last: g.1, x0: x, x1: x + w))
            x += w + TimeAxis.breakGap
        }
        segments = segs
    }

    /// The x of a day, or nil when it is in no segment.
    func x(_ day: Double) -> Double? {
        for s in segments where day >= Double(s.first) && day <= Double(s.last) { return s.x(day) }
        return nil
    }

    /// Ticks: the finest of days, 2 days, 5 days, 10 days, months, quarters and years that leaves
    /// at least `spacing` points between labels, chosen per segment.
    func ticks(spacing: Double) -> [Tick] {
        segments.flatMap { s -> [Tick] in
            let width = s.x1 - s.x0
            let maxTicks = max(1, Int(width / spacing))
            let days = (s.first...s.last).compactMap(TimeAxis.civil)
            let rules: [(String, (HistoricalDate.Day) -> Bool)] = [
                ("day", { _ in true }),
                ("day", { $0.day % 2 == 1 && $0.day < 31 }),
                ("day", { [1, 5, 10, 15, 20, 25].contains($0.day) }),
                ("day", { [1, 11, 21].contains($0.day) }),
                ("month", { $0.day == 1 }),
                ("month", { $0.day == 1 && ($0.month - 1) % 3 == 0 }),
                ("year", { $0.day == 1 && $0.month == 1 }),
            ]
            for (unit, rule) in rules {
                let chosen = days.filter(rule)
                guard chosen.count <= maxTicks, !chosen.isEmpty || unit == "year" else { continue }
                var ticks: [Tick] = []
                var lastYear: Int?
                for d in chosen {
                    let label: String
                    switch unit {
                    case "day": label = "\(d.day) \(TimeAxis.months[d.month - 1])" + (lastYear == d.year ? "" : " \(d.year)")
                    case "month": label = TimeAxis.months[d.month - 1] + (lastYear == d.year ? "" : " \(d.year)")
                    default: label = "\(d.year)"
                    }
                    lastYear = d.year
                    ticks.append(Tick(day: d.daysSinceEpoch, x: s.x(Double(d.daysSinceEpoch)), label: label))
                }
                if ticks.isEmpty, let mid = days.dropFirst(days.count / 2).first {
                    ticks = [Tick(day: mid.daysSinceEpoch, x: s.x(Double(mid.daysSinceEpoch)), label: "\(TimeAxis.months[mid.month - 1]) \(mid.year)")]
                }
                return ticks
            }
            return []
        }
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The calendar day of a day number (days since 1970-01-01), proleptic Gregorian.
    static func civil(_ n: Int) -> HistoricalDate.Day? {
        // Howard Hinnant's civil_from_days.
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return HistoricalDate.Day(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }
}
