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
struct ParagraphState {
    var incidents: [Incident] = []
    var proxies: [String: String] = [:]
    private(set) var mentions: [(id: String, start: Int, end: Int)] = []
    private(set) var dates: [(first: HistoricalDate.Day, last: HistoricalDate.Day, start: Int, end: Int)] = []
    private(set) var todays: [(start: Int, end: Int)] = []
    private var evidence: [String: [[Int]]] = [:]
    /// Absolute byte position up to which paragraph breaks have been looked for.
    var scannedAbsolute = 0

    static let maxItems = 512
    static let maxEvidence = 100

    mutating func addMention(id: String, start: Int, end: Int) {
        if mentions.count < ParagraphState.maxItems { mentions.append((id, start, end)) }
    }

    mutating func addDate(first: HistoricalDate.Day, last: HistoricalDate.Day, start: Int, end: Int) {
        if dates.count < ParagraphState.maxItems { dates.append((first, last, start, end)) }
    }

    mutating func addToday(start: Int, end: Int) {
        if todays.count < 64 { todays.append((start, end)) }
    }

    /// True when a mention of `mentioned` supports an incident at `place`.
    private func supports(_ mentioned: String, _ place: String) -> Bool {
        mentioned == place || proxies[mentioned] == place || proxies[place] == mentioned
    }

    /// Closes the paragraph: records evidence for every incident it supports.
    mutating func flush(documentDate: HistoricalDate.Day?) {
        defer { mentions.removeAll(keepingCapacity: true); dates.removeAll(keepingCapacity: true); todays.removeAll(keepingCapacity: true) }
        guard !mentions.isEmpty, !incidents.isEmpty else { return }
        for incident in incidents {
            guard let place = incident.place, let m = mentions.first(where: { supports($0.id, place) }) else { continue }
            var dateSpan: [Int]? = nil
            if let d = dates.first(where: { $0.first <= incident.date.end && $0.last >= incident.date.start }) {
                dateSpan = [d.start, d.end]
            } else if let day = documentDate, day >= incident.date.start, day <= incident.date.end, let t = todays.first {
                dateSpan = [t.start, t.end]
            }
            guard let dateSpan else { continue }
            if evidence[incident.id, default: []].count < ParagraphState.maxEvidence * 2 {
                evidence[incident.id, default: []] += [[m.start, m.end], dateSpan]
            }
        }
    }

    /// The supported incidents in gazetteer order.
    func links() -> [IncidentLink] {
        incidents.compactMap { i in evidence[i.id].map { IncidentLink(id: i.id, evidence: $0) } }
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
