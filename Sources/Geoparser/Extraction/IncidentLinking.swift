#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Gazetteer

/// The current paragraph's place mentions and dates, and the incident evidence found so far.
///
/// An incident is supported when one paragraph mentions its place (or the place's proxy) and a date
/// inside its interval — or "to-day" in a record whose own date is inside it. Paragraphs are bounded
/// (blank lines), and so is what is kept of each, so memory does not grow with the document.
final class ParagraphState {
    /// Everything but the scan position, in one value: each call below is one exclusive access to
    /// it, where stored arrays of the class paid a dynamic exclusivity check per element read or
    /// written (about ten per paragraph flush, at a few hundred instructions each).
    private var book = ParagraphBook()
    /// Absolute byte position up to which paragraph breaks have been looked for.
    var scannedAbsolute = 0

    static let maxItems = 512
    static let maxEvidence = 100

    /// Sets up the incidents to look for, by place index.
    func configure(_ compiled: CompiledGazetteer) { book.configure(compiled) }
    /// Notes a mention of gazetteer place `place` in the current paragraph.
    func addMention(place: Int32, start: Int, end: Int) { book.addMention(place: place, start: start, end: end) }
    /// Notes a date of the current paragraph.
    func addDate(first: HistoricalDate.Day, last: HistoricalDate.Day, start: Int, end: Int) { book.addDate(first: first, last: last, start: start, end: end) }
    /// Notes a "to-day" of the current paragraph.
    func addToday(start: Int, end: Int) { book.addToday(start: start, end: end) }
    /// Closes the paragraph: records evidence for every incident it supports.
    func flush(documentDate: HistoricalDate.Day?) { book.flush(documentDate: documentDate) }
    /// The supported incidents in gazetteer order.
    func links() -> [IncidentLink] { book.links() }
}

/// The state behind `ParagraphState`.
private struct ParagraphBook {
    /// The incidents with a place, and their date intervals.
    private var incidents: [(id: String, first: HistoricalDate.Day, last: HistoricalDate.Day)] = []
    /// Place index → the incidents a mention of it supports (its own, through a proxy either way).
    private var incidentsOfPlace: [[Int]] = []
    /// Per incident: the first supporting mention in the current paragraph (start -1 = none).
    private var firstMention: [(start: Int, end: Int)] = []
    /// Incidents touched in the current paragraph.
    private var touched: [Int] = []
    private var dates: [(first: HistoricalDate.Day, last: HistoricalDate.Day, start: Int, end: Int)] = []
    private var todays: [(start: Int, end: Int)] = []
    private var evidence: [[[Int]]] = []

    /// Sets up the incidents to look for, by place index.
    mutating func configure(_ compiled: CompiledGazetteer) {
        let proxyOf = compiled.places.map { p in compiled.proxies[p.id].flatMap { compiled.placeIndex[$0] } ?? -1 }
        incidentsOfPlace = Array(repeating: [], count: compiled.places.count)
        for i in compiled.incidents {
            guard let pid = i.place, let ip = compiled.placeIndex[pid] else { continue }
            let k = incidents.count
            incidents.append((i.id, i.date.start, i.date.end))
            for m in compiled.places.indices where m == ip || proxyOf[m] == ip || proxyOf[ip] == m {
                incidentsOfPlace[m].append(k)
            }
        }
        firstMention = Array(repeating: (-1, -1), count: incidents.count)
        evidence = Array(repeating: [], count: incidents.count)
    }

    mutating func addMention(place: Int32, start: Int, end: Int) {
        for k in incidentsOfPlace[Int(place)] where firstMention[k].start < 0 {
            firstMention[k] = (start, end)
            touched.append(k)
        }
    }

    mutating func addDate(first: HistoricalDate.Day, last: HistoricalDate.Day, start: Int, end: Int) {
        if !incidents.isEmpty && dates.count < ParagraphState.maxItems { dates.append((first, last, start, end)) }
    }

    mutating func addToday(start: Int, end: Int) {
        if !incidents.isEmpty && todays.count < 64 { todays.append((start, end)) }
    }

    /// Closes the paragraph: records evidence for every incident it supports.
    mutating func flush(documentDate: HistoricalDate.Day?) {
        for k in touched {
            let incident = incidents[k], m = firstMention[k]
            firstMention[k] = (-1, -1)
            var dateSpan: [Int]? = nil
            if let d = dates.first(where: { $0.first <= incident.last && $0.last >= incident.first }) {
                dateSpan = [d.start, d.end]
            } else if let day = documentDate, day >= incident.first, day <= incident.last, let t = todays.first {
                dateSpan = [t.start, t.end]
            }
            guard let dateSpan, evidence[k].count < ParagraphState.maxEvidence * 2 else { continue }
            evidence[k] += [[m.start, m.end], dateSpan]
        }
        if !touched.isEmpty { touched.removeAll(keepingCapacity: true) }
        if !dates.isEmpty { dates.removeAll(keepingCapacity: true) }
        if !todays.isEmpty { todays.removeAll(keepingCapacity: true) }
    }

    /// The supported incidents in gazetteer order.
    func links() -> [IncidentLink] {
        incidents.indices.compactMap { k in evidence[k].isEmpty ? nil : IncidentLink(id: incidents[k].id, evidence: evidence[k]) }
    }
}

extension DocumentScanner {
    /// Looks for paragraph breaks (a blank line) between the last position checked and `i`; flushes on one.
    func advanceParagraph(to i: Int) {
        var k = max(lo, paragraph.scannedAbsolute - base)
        guard k < i else { return }
        var found = false
        while k < i {
            guard let hit = memchr(p + k, 0x0A, i - k) else { break }
            var j = hit.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: p) + 1
            while j < hi && (p[j] == 0x20 || p[j] == 0x09 || p[j] == 0x0D) { j += 1 }
            if j < hi && p[j] == 0x0A && j < i + 1 { found = true; k = j + 1; break }
            k = j
        }
        paragraph.scannedAbsolute = base + (found ? k : i)
        if found {
            flushParagraph()
            advanceParagraph(to: i)
        }
    }

    /// Closes the current paragraph for incident linking.
    func flushParagraph() {
        paragraph.flush(documentDate: dates.documentDate)
    }
}
