import Gazetteer

/// What the date rules remember across the document: its year and the dates still waiting for it.
final class DateState {
    /// The year of the first date that states one (the document's header date, usually).
    var documentYear: Int?
    /// A plausible year standing alone in the document's header, used when no date states one.
    var fallbackYear: Int?
    /// How far into the document a standalone year counts as the header's ("Report, 1939").
    static let headerBytes = 512
    /// The first complete date: what "to-day" means in a dated record.
    var documentDate: HistoricalDate.Day?
    /// Dates seen before any year was known.
    var pending: [(surface: String, start: Int, end: Int, month: Int, day: Int?, qualifier: String?)] = []

    /// Reports the pending dates with a year (or as `--MM-DD` without one).
    func flushPending(into sink: any ExtractionSink, year: Int?) {
        for d in pending {
            sink.date(DateMention(surface: d.surface, start: d.start, end: d.end, date: DateState.iso(year, d.month, d.day), qualifier: d.qualifier))
        }
        pending.removeAll()
    }

    /// ISO 8601 text for a (possibly yearless) date or month, built from digits (no formatting calls).
    static func iso(_ year: Int?, _ month: Int, _ day: Int?) -> String {
        var b: [UInt8] = []
        b.reserveCapacity(10)
        writeISO(year, month, day) { b.append($0) }
        return String(decoding: b, as: UTF8.self)
    }

    /// The bytes of `iso(year, month, day)`, one at a time (ASCII: nothing in them needs escaping).
    @inline(__always)
    static func writeISO(_ year: Int?, _ month: Int, _ day: Int?, _ put: (UInt8) -> Void) {
        func two(_ n: Int) { put(0x30 + UInt8(n / 10 % 10)); put(0x30 + UInt8(n % 10)) }
        if let year, (0...9999).contains(year) {
            put(0x30 + UInt8(year / 1000)); put(0x30 + UInt8(year / 100 % 10)); two(year % 100)
        } else {
            put(0x2D)
        }
        put(0x2D); two(month)
        if let day { put(0x2D); two(day) }
    }
}

/// Dates: "August 7th", "7 August 1938", "July 29", "the 8th or 9th of August", "before July 29",
/// "1938-08-07", "7 августа 1938", "1938年8月7日", "昭和13年8月7日".
extension DocumentScanner {
    /// Handles a word starting with a digit; returns where scanning resumes.
    func digits(at s: Int) -> Int {
        let t = readToken(at: s)
        if t.end < hi && p[t.end] >= 0x80, let resume = cjkDate(at: s) { return resume }
        if t.end - t.start == 10, let resume = isoDate(t, text(t)) { return resume }
        if let day = dayValue(t) {
            var items: [(Token, Int)] = [(t, day)]
            var u = tokenAfter(t.end, maxNewlines: 0)
            while u.kind == .word && (u.hash == Words.or || u.hash == Words.and || u.hash == Words.to) || u.isPunct(",") || u.isPunct("-") {
                let v = tokenAfter(u.end, maxNewlines: 0)
                guard v.kind != .none, let d = dayValue(v) else { break }
                items.append((v, d))
                u = tokenAfter(v.end, maxNewlines: 0)
            }
            var m = u
            if u.kind == .word && u.hash == Words.of { m = tokenAfter(u.end, maxNewlines: 0) }
            if m.kind == .word, let month = Words.months[m.hash] {
                var end = m.end
                var year: Int? = nil
                let y = tokenAfter(m.end, maxNewlines: 0)
                if y.kind == .number, y.length == 4, let v = intValue(y), (1000...2999).contains(v) {
                    year = v
                    end = y.end
                }
                let qualifier = dateQualifier(before: s)
                for (k, item) in items.enumerated() {
                    let last = k == items.count - 1
                    emitDate(item.0.start, last ? end : item.0.end, year: year, month: month, day: item.1, qualifier: k == 0 ? qualifier : nil)
                }
                return end
            }
        }
        if t.kind == .number, t.length == 4, dates.fallbackYear == nil, base + s < DateState.headerBytes, let y = intValue(t), (1800...2099).contains(y) {
            dates.fallbackYear = y
        }
        return t.end
    }

    /// "1938-08-07" as one token.
    private func isoDate(_ t: Token, _ str: String) -> Int? {
        let parts = str.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), HistoricalDate.Day(year: y, month: m, day: d) != nil else { return nil }
        emitDate(t.start, t.end, year: y, month: m, day: d, qualifier: dateQualifier(before: t.start))
        return t.end
    }

    /// "August 7th", "AUGUST 7, 1938", "August 1938" after a month token.
    func englishDate(monthToken m: Token, month: Int) -> Int? {
        var t = tokenAfter(m.end, maxNewlines: 0)
        // "Aug. 7", "Sept. 16": an abbreviation's dot.
        if t.isPunct("."), m.length <= 4 { t = tokenAfter(t.end, maxNewlines: 0) }
        if t.kind != .none, t.length <= 4, let day = dayValue(t) {
            var end = t.end
            var year: Int? = nil
            var u = tokenAfter(t.end, maxNewlines: 0)
            if u.isPunct(",") { u = tokenAfter(u.end, maxNewlines: 0) }
            if u.kind == .number, u.length == 4, let v = intValue(u), (1000...2999).contains(v) {
                year = v
                end = u.end
            }
            emitDate(m.start, end, year: year, month: month, day: day, qualifier: dateQualifier(before: m.start))
            return end
        }
        if t.kind == .number, t.length == 4, let v = intValue(t), (1000...2999).contains(v) {
            emitDate(m.start, t.end, year: v, month: month, day: nil, qualifier: dateQualifier(before: m.start))
            return t.end
        }
        return nil
    }

    /// The qualifier word before a date ("before", "until", "by the"), lower-cased.
    func dateQualifier(before s: Int) -> String? {
        var t = tokenBefore(s, maxNewlines: 0)
        if t.kind == .word && t.hash == Words.the { t = tokenBefore(t.start, maxNewlines: 0) }
        guard t.kind == .word, let q = Words.dateQualifiers[t.hash] else { return nil }
        return q
    }

    /// The value of an all-digit token, read from the bytes.
    func intValue(_ t: Token) -> Int? {
        guard t.kind == .number, t.end - t.start <= 9 else { return nil }
        var v = 0
        for k in t.start..<t.end {
            let b = p[k]
            guard b >= 0x30 && b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return v
    }

    /// A day of the month from a token's bytes: one or two digits, then nothing or st/nd/rd/th.
    func dayValue(_ t: Token) -> Int? {
        guard t.kind == .number || t.kind == .word, t.end - t.start <= 4 else {
            return t.kind == .word ? DocumentScanner.dayValue(text(t)) : nil
        }
        var k = t.start
        var d = 0
        while k < t.end && k - t.start < 3, p[k] >= 0x30 && p[k] <= 0x39 { d = d * 10 + Int(p[k] - 0x30); k += 1 }
        let digits = k - t.start
        guard digits >= 1, digits <= 2, d >= 1, d <= 31 else { return nil }
        if k == t.end { return d }
        guard t.end - k == 2 else { return nil }
        let a = p[k] | 0x20, b = p[k + 1] | 0x20
        switch (a, b) {
        case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): return d   // st nd rd th
        default: return nil
        }
    }

    /// A day of the month written as digits with an optional ordinal suffix ("7", "7th", "29").
    static func dayValue(_ s: String) -> Int? {
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let d = Int(digits), (1...31).contains(d) else { return nil }
        let rest = s.dropFirst(digits.count).lowercased()
        return ["", "st", "nd", "rd", "th", "-го", "-е"].contains(rest) ? d : nil
    }

    /// Reports a date, or keeps it until the document's year is known.
    func emitDate(_ s: Int, _ e: Int, year: Int?, month: Int, day: Int?, qualifier: String?) {
        if let day, HistoricalDate.Day(year: year ?? 2000, month: month, day: day) == nil { return }
        advanceParagraph(to: s)
        let start = cp(s), end = cp(e)
        if let year {
            if dates.documentYear == nil {
                dates.documentYear = year
                dates.flushPending(into: sink, year: year)
            }
            if dates.documentDate == nil, let day { dates.documentDate = HistoricalDate.Day(year: year, month: month, day: day) }
        }
        guard let y = year ?? dates.documentYear else {
            if dates.pending.count < 10_000 {
                dates.pending.append((text(s, e), start, end, month, day, qualifier))
            } else {
                sink.date(DateMention(surface: text(s, e), start: start, end: end, date: DateState.iso(nil, month, day), qualifier: qualifier))
            }
            return
        }
        if let raw = rawSink {
            raw.date(surface: UnsafeBufferPointer(start: p + s, count: max(0, e - s)), start: start, end: end,
                     year: y, month: month, day: day, qualifier: qualifier)
        } else {
            sink.date(DateMention(surface: text(s, e), start: start, end: end, date: DateState.iso(y, month, day), qualifier: qualifier))
        }
        let first = HistoricalDate.Day(year: y, month: month, day: day ?? 1)
        let last = HistoricalDate.Day(year: y, month: month, day: day ?? DocumentScanner.daysIn(month: month, year: y))
        if let first, let last { paragraph.addDate(first: first, last: last, start: start, end: end) }
    }

    /// A byte test before `checkToday` for an ASCII word of `len` letters at `s` that starts with
    /// "t" (five letters, or two before a hyphen): only "today" and "to-day", in any case after the
    /// "t", can be those tokens, so "their", "these" and "three" read no token.
    @inline(__always)
    func mayBeToday(_ s: Int, _ len: Int) -> Bool {
        let p = self.p
        let k = len == 5 ? s + 2 : s + 3   // where "day" starts
        guard k + 3 <= hi, p[s + 1] | 0x20 == 0x6F else { return false }
        return p[k] | 0x20 == 0x64 && p[k + 1] | 0x20 == 0x61 && p[k + 2] | 0x20 == 0x79
    }

    /// "to-day", "today", "сегодня": the document's own date, as incident evidence.
    func checkToday(_ s: Int, _ e: Int) {
        let t = readToken(at: s)
        guard Words.today.contains(t.hash) else { return }
        advanceParagraph(to: s)
        paragraph.addToday(start: cp(t.start), end: cp(t.end))
    }

    /// Chinese and Japanese dates at `s`: optional era, digits with 年 / 月 / 日; nil when there is none.
    func cjkDate(at s: Int) -> Int? {
        // One scalar decides for every other character of a CJK run.
        guard DocumentScanner.mayStartCJKDate(decodeScalar(p, s, hi).0) else { return nil }
        var i = s
        var eraOffset: Int? = nil
        for (era, offset) in DocumentScanner.eras where hasSuffix(at: i, era) {
            eraOffset = offset
            i += era.utf8.count
            break
        }
        guard let (n1, after1) = cjkNumber(at: i) else { return nil }
        i = after1
        var year: Int? = nil
        var month: Int
        if hasSuffix(at: i, "年") {
            year = eraOffset.map { $0 + n1 } ?? n1
            i += 3
            guard let (m, after) = cjkNumber(at: i), hasSuffix(at: after, "月") else {
                guard eraOffset != nil || (1000...2999).contains(n1) else { return nil }
                return nil
            }
            month = m
            i = after + 3
        } else if hasSuffix(at: i, "月"), eraOffset == nil {
            month = n1
            i += 3
        } else {
            return nil
        }
        guard (1...12).contains(month) else { return nil }
        var day: Int? = nil
        if let (d, after) = cjkNumber(at: i), hasSuffix(at: after, "日") {
            day = d
            i = after + 3
        }
        emitDate(s, i, year: year, month: month, day: day, qualifier: nil)
        return i
    }

    /// Days in a month of the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Era names and the year before their first year.
    static let eras: [(String, Int)] = [("昭和", 1925), ("大正", 1911), ("明治", 1867), ("民国", 1911), ("民國", 1911)]

    /// True for a scalar a CJK date can start with: an ASCII or full-width digit, or the first
    /// character of an era in `eras` (昭 大 明 民). Compared as literals, not looked up in `eras`:
    /// this runs at every CJK character. `DateTests` checks it against `eras`.
    @inline(__always)
    static func mayStartCJKDate(_ v: UInt32) -> Bool {
        (v >= 0x30 && v <= 0x39) || (v >= 0xFF10 && v <= 0xFF19) || v == 0x662D || v == 0x5927 || v == 0x660E || v == 0x6C11
    }

    /// A number in ASCII or full-width digits at `i`, and where it ends.
    func cjkNumber(at i: Int) -> (Int, Int)? {
        var j = i
        var value = 0
        var count = 0
        while j < hi && count < 5 {
            let (v, len) = decodeScalar(p, j, hi)
            if v >= 0x30 && v <= 0x39 { value = value * 10 + Int(v - 0x30) }
            else if v >= 0xFF10 && v <= 0xFF19 { value = value * 10 + Int(v - 0xFF10) }
            else { break }
            count += 1
            j += len
        }
        return count > 0 ? (value, j) : nil
    }
}
