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
    /// The incidents with a place, as place indices, and their date intervals.
    private var incidents: [(id: String, place: Int32, first: HistoricalDate.Day, last: HistoricalDate.Day)] = []
    /// Place index → the index of its proxy (-1 none).
    private var proxyOf: [Int32] = []
    private var mentions: [(place: Int32, start: Int, end: Int)] = []
    private var dates: [(first: HistoricalDate.Day, last: HistoricalDate.Day, start: Int, end: Int)] = []
    private var todays: [(start: Int, end: Int)] = []
    private var evidence: [[[Int]]] = []
    /// Absolute byte position up to which paragraph breaks have been looked for.
    var scannedAbsolute = 0

    static let maxItems = 512
    static let maxEvidence = 100

    /// Sets up the incidents to look for, by place index.
    func configure(_ compiled: CompiledGazetteer) {
        proxyOf = compiled.places.map { p in compiled.proxies[p.id].flatMap { compiled.placeIndex[$0] }.map(Int32.init) ?? -1 }
        incidents = compiled.incidents.compactMap { i in
            guard let pid = i.place, let pi = compiled.placeIndex[pid] else { return nil }
            return (i.id, Int32(pi), i.date.start, i.date.end)
        }
        evidence = Array(repeating: [], count: incidents.count)
    }

    func addMention(place: Int32, start: Int, end: Int) {
        if !incidents.isEmpty && mentions.count < ParagraphState.maxItems { mentions.append((place, start, end)) }
    }

    func addDate(first: HistoricalDate.Day, last: HistoricalDate.Day, start: Int, end: Int) {
        if !incidents.isEmpty && dates.count < ParagraphState.maxItems { dates.append((first, last, start, end)) }
    }

    func addToday(start: Int, end: Int) {
        if !incidents.isEmpty && todays.count < 64 { todays.append((start, end)) }
    }

    /// True when a mention of place `m` supports an incident at place `ip` (directly or through a proxy).
    @inline(__always)
    private func supports(_ m: Int32, _ ip: Int32) -> Bool {
        m == ip || proxyOf[Int(m)] == ip || proxyOf[Int(ip)] == m
    }

    /// Closes the paragraph: records evidence for every incident it supports.
    func flush(documentDate: HistoricalDate.Day?) {
        guard !mentions.isEmpty else {
            if !dates.isEmpty { dates.removeAll(keepingCapacity: true) }
            if !todays.isEmpty { todays.removeAll(keepingCapacity: true) }
            return
        }
        for (k, incident) in incidents.enumerated() {
            guard let m = mentions.first(where: { supports($0.place, incident.place) }) else { continue }
            var dateSpan: [Int]? = nil
            if let d = dates.first(where: { $0.first <= incident.last && $0.last >= incident.first }) {
                dateSpan = [d.start, d.end]
            } else if let day = documentDate, day >= incident.first, day <= incident.last, let t = todays.first {
                dateSpan = [t.start, t.end]
            }
            guard let dateSpan, evidence[k].count < ParagraphState.maxEvidence * 2 else { continue }
            evidence[k] += [[m.start, m.end], dateSpan]
        }
        mentions.removeAll(keepingCapacity: true)
        dates.removeAll(keepingCapacity: true)
        todays.removeAll(keepingCapacity: true)
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
