import Gazetteer

/// Dates in words for captions, tables and the timeline ("30–31 July 1938").
public enum DateText {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// "11 July 1938", "30–31 July 1938", "31 July – 2 August 1938", with "c." when approximate.
    public static func long(_ d: HistoricalDate) -> String {
        let s = d.start, e = d.end
        let c = d.approximate ? "c. " : ""
        if d.isSingleDay { return c + "\(s.day) \(months[s.month - 1]) \(s.year)" }
        if s.year == e.year && s.month == e.month && s.day == 1 && HistoricalDate.Day(year: e.year, month: e.month, day: e.day + 1) == nil {
            return c + "\(months[s.month - 1]) \(s.year)"
        }
        if s.year == e.year && s.month == e.month { return c + "\(s.day)–\(e.day) \(months[s.month - 1]) \(s.year)" }
        if s.year == e.year { return c + "\(s.day) \(months[s.month - 1]) – \(e.day) \(months[e.month - 1]) \(s.year)" }
        return c + "\(s.day) \(months[s.month - 1]) \(s.year) – \(e.day) \(months[e.month - 1]) \(e.year)"
    }

    /// "11 Jul 1938", "30–31 Jul 1938": the timeline's date column.
    public static func short(_ d: HistoricalDate) -> String {
        let s = d.start, e = d.end
        let m = { (n: Int) in String(months[n - 1].prefix(3)) }
        let c = d.approximate ? "c. " : ""
        if d.isSingleDay { return c + "\(s.day) \(m(s.month)) \(s.year)" }
        if s.year == e.year && s.month == e.month { return c + "\(s.day)–\(e.day) \(m(s.month)) \(s.year)" }
        if s.year == e.year { return c + "\(s.day) \(m(s.month))–\(e.day) \(m(e.month)) \(s.year)" }
        return c + "\(s.day) \(m(s.month)) \(s.year)–\(e.day) \(m(e.month)) \(e.year)"
    }

    /// "1.5 km", "800 m", "12 m".
    public static func distance(_ meters: Double) -> String {
        if meters >= 10_000 { return "\(Int((meters / 1000).rounded())) km" }
        if meters >= 1000 { return String(format: "%.1f km", meters / 1000) }
        return "\(Int(meters.rounded())) m"
    }
}

import Foundation
