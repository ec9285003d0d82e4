import Foundation

/// An ISO 8601 calendar date or interval as historians write them: `1938-07-11`,
/// `1938-07-30/1938-07-31`, `1938-08`, optionally approximate (`~1938-07-15`).
public struct HistoricalDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The text as written in the data.
    public let raw: String
    /// First day of the period.
    public let start: Day
    /// Last day of the period (equal to `start` for a single day).
    public let end: Day
    /// True when marked approximate with `~`.
    public let approximate: Bool

    /// Parses the text; returns nil when it is not a supported ISO 8601 form.
    public init?(_ text: String) {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        let approx = body.hasPrefix("~") || body.hasSuffix("~")
        body = body.drop(while: { $0 == "~" })
        while body.hasSuffix("~") { body = body.dropLast() }
        let parts = body.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        guard let first = Day.parseRange(parts[0]) else { return nil }
        var last = first.last
        if parts.count == 2 {
            guard let second = Day.parseRange(parts[1]) else { return nil }
            last = second.last
        }
        guard first.first <= last else { return nil }
        raw = text
        start = first.first
        end = last
        approximate = approx
    }

    /// True when the period is a single day.
    public var isSingleDay: Bool { start == end }

    public var description: String { raw }

    public static func < (lhs: HistoricalDate, rhs: HistoricalDate) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let d = HistoricalDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ISO 8601 date: \(text)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(raw)
    }

    /// A proleptic Gregorian calendar day.
    public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
        /// Year.
        public let year: Int
        /// Month 1–12.
        public let month: Int
        /// Day of month 1–31.
        public let day: Int

        /// Creates a day if it exists in the calendar.
        public init?(year: Int, month: Int, day: Int) {
            guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
            self.year = year
            self.month = month
            self.day = day
        }

        static func daysIn(month: Int, year: Int) -> Int {
            switch month {
            case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }

        /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into its first and last day.
        static func parseRange(_ text: Substring) -> (first: Day, last: Day)? {
            let fields = text.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...3).contains(fields.count), fields[0].count == 4,
                  fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
                  let y = Int(fields[0]) else { return nil }
            if fields.count == 1 {
                guard let a = Day(year: y, month: 1, day: 1), let b = Day(year: y, month: 12, day: 31) else { return nil }
                return (a, b)
            }
            guard fields[1].count == 2, let m = Int(fields[1]) else { return nil }
            if fields.count == 2 {
                guard let a = Day(year: y, month: m, day: 1), let b = Day(year: y, month: m, day: daysIn(month: m, year: y)) else { return nil }
                return (a, b)
            }
            guard fields[2].count == 2, let d = Int(fields[2]), let day = Day(year: y, month: m, day: d) else { return nil }
            return (day, day)
        }

        /// Days since 1970-01-01 (negative before), for time axes.
        public var daysSinceEpoch: Int {
            // Howard Hinnant's days_from_civil.
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yoe = y - era * 400
            let mp = (month + 9) % 12
            let doy = (153 * mp + 2) / 5 + day - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            return era * 146097 + doe - 719468
        }

        public var description: String {
            func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }

        public static func < (lhs: Day, rhs: Day) -> Bool {
            (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
        }
    }
}
