import Gazetteer

/// Writes `extract --format json` (schema in DESIGN.md) incrementally: mentions as they are found,
/// the smaller sections spooled and written after them; keys always in the documented order.
public final class JSONFormatter: ExtractionSink, RawMentionSink, DeferredDigest {
    private let out: ByteWriter
    private var mentionCount = 0
    private let relative = SectionSpool(), treaties = SectionSpool(), dates = SectionSpool()
    private var scratch: [UInt8] = []
    /// Output position of the SHA-256 placeholder (nil when the digest was given).
    private var digestPosition: Int?

    /// Starts the object for a document (its path and SHA-256 come first). A nil `sha256` writes a
    /// placeholder for `fillSHA256` (the writer must be able to overwrite).
    public init(writer: ByteWriter, document: String, sha256: String?) {
        out = writer
        scratch.append(contentsOf: "{\n  \"document\": ".utf8)
        JSONText.string(document, into: &scratch)
        scratch.append(contentsOf: ",\n  \"sha256\": ".utf8)
        let at = DigestPlaceholder.append(sha256, into: &scratch)
        digestPosition = at.map { out.position + $0 }
        scratch.append(contentsOf: ",\n  \"mentions\": [".utf8)
        out.write(scratch)
    }

    /// Puts the document's SHA-256 in place of the header's placeholder.
    public func fillSHA256(_ hex: String) -> Bool { DigestPlaceholder.fill(hex, at: digestPosition, in: out) }

    /// Formatted coordinates by their bit patterns: Double formatting is slow and the points are few.
    private var coordinateCache: [UInt64: [UInt8]] = [:]

    // The literal parts of a mention object (static strings: writing one counts no references).
    private let kFirst: StaticString = "\n    {\"id\": ", kNext: StaticString = ",\n    {\"id\": "
    private let kSurface: StaticString = ", \"surface\": ", kStart: StaticString = ", \"start\": "
    private let kEnd: StaticString = ", \"end\": ", kKind: StaticString = ", \"kind\": "
    private let kCoordinate: StaticString = ", \"coordinate\": ", kConfidence: StaticString = ", \"confidence\": "
    private let kNull: StaticString = "null"

    /// Handles a place mention.
    public func mention(_ m: Mention) {
        let first = mentionCount == 0
        mentionCount += 1
        out.appending { o in
            o.append(first ? kFirst : kNext)
            JSONText.optionalString(m.id, into: &o)
            o.append(kSurface); JSONText.string(m.surface, into: &o)
            o.append(kStart); JSONText.int(m.start, into: &o)
            o.append(kEnd); JSONText.int(m.end, into: &o)
            kindAndCoordinate(m.kind, m.coordinate, into: &o)
            o.append(kConfidence); JSONText.confidence(m.confidence, into: &o)
            o.append(0x7D)
        }
    }

    /// Per gazetteer place: `"id"` and `, "kind": …, "coordinate": …` as JSON, built on first use.
    private let placeFragments = PlaceFragments()

    /// `, "kind": …, "coordinate": …` for a mention.
    private func kindAndCoordinate(_ kind: String, _ c: Coordinate?, into o: inout [UInt8]) {
        o.append(kKind); JSONText.string(kind, into: &o)
        o.append(kCoordinate)
        if let c {
            let key = c.lon.bitPattern &* 0x9E37_79B9_7F4A_7C15 ^ c.lat.bitPattern
            if let cached = coordinateCache[key] { o.append(contentsOf: cached) } else {
                var f: [UInt8] = []
                JSONText.coordinate(c, into: &f)
                if coordinateCache.count < 4096 { coordinateCache[key] = f }
                o.append(contentsOf: f)
            }
        } else {
            JSONText.null(into: &o)
        }
    }

    /// Handles a mention given as bytes of the scan buffer (the scanner's fast path); writes exactly
    /// what `mention(_:)` writes for the same values.
    func mention(surface: UnsafeBufferPointer<UInt8>, start: Int, end: Int, place: Int, id: String?, kind: String,
                 coordinate: Coordinate?, confidence: Double) {
        let first = mentionCount == 0
        mentionCount += 1
        let fragments = placeFragments
        if place >= 0 && !fragments.has(place) {
            var head: [UInt8] = [], tail: [UInt8] = []
            JSONText.optionalString(id, into: &head)
            kindAndCoordinate(kind, coordinate, into: &tail)
            fragments.store(place, id: head, tail: tail)
        }
        var r = RecordWriter(scratch: recordMemory, capacity: JSONFormatter.recordBytes)
        r.put(first ? kFirst : kNext)
        if place >= 0 { r.put(fragments.id(place)) } else if let id { r.putJSONString(id) } else { r.put(kNull) }
        r.put(kSurface); r.putJSONString(surface)
        r.put(kStart); r.putInt(start)
        r.put(kEnd); r.putInt(end)
        if place >= 0 { r.put(fragments.tail(place)) } else {
            var tail: [UInt8] = []
            kindAndCoordinate(kind, coordinate, into: &tail)
            r.put(tail)
        }
        r.put(kConfidence); r.putConfidence(confidence)
        r.put(0x7D)
        out.write(r.bytes)
        r.release()
    }

    /// Scratch memory for one record (`RecordWriter`); records rarely need more.
    private static let recordBytes = 4096
    private let recordMemory = UnsafeMutablePointer<UInt8>.allocate(capacity: JSONFormatter.recordBytes)
    deinit { recordMemory.deallocate() }

    /// One mention object.
    static func encode(_ m: Mention, into o: inout [UInt8]) {
        o.append(contentsOf: "{\"id\": ".utf8); JSONText.optionalString(m.id, into: &o)
        o.append(contentsOf: ", \"surface\": ".utf8); JSONText.string(m.surface, into: &o)
        o.append(contentsOf: ", \"start\": ".utf8); JSONText.int(m.start, into: &o)
        o.append(contentsOf: ", \"end\": ".utf8); JSONText.int(m.end, into: &o)
        o.append(contentsOf: ", \"kind\": ".utf8); JSONText.string(m.kind, into: &o)
        o.append(contentsOf: ", \"coordinate\": ".utf8); JSONText.coordinate(m.coordinate, into: &o)
        o.append(contentsOf: ", \"confidence\": \(JSONText.confidence(m.confidence))}".utf8)
    }

    /// Handles a relative location.
    public func relative(_ r: RelativeLocation) {
        // The numbers go through Double's shortest-form printing, which is slow; a document repeats
        // its few relative locations, so their formatted numbers are kept by bit pattern.
        let key = RelativeNumbers(distance: r.distanceMeters.bitPattern, azimuth: r.azimuthDegrees.bitPattern,
                                  lon: r.coordinate.lon.bitPattern, lat: r.coordinate.lat.bitPattern,
                                  uncertainty: r.uncertaintyMeters.bitPattern)
        let numbers: [UInt8]
        if let cached = relativeNumbers[key] { numbers = cached } else {
            var o: [UInt8] = Array(", \"distance_m\": \(JSONText.number(r.distanceMeters)), \"azimuth_deg\": \(JSONText.number(r.azimuthDegrees)), \"coordinate\": ".utf8)
            JSONText.coordinate(r.coordinate, into: &o)
            o.append(contentsOf: ", \"uncertainty_m\": \(JSONText.number(r.uncertaintyMeters.rounded()))".utf8)
            if relativeNumbers.count < 4096 { relativeNumbers[key] = o }
            numbers = o
        }
        var w = RecordWriter(scratch: recordMemory, capacity: JSONFormatter.recordBytes)
        w.put(relative.count == 0 ? kFirstSep : kSep)
        putSurfaceAndSpan(&w, r.surface, r.start, r.end)
        w.put(kAnchor); w.putJSONString(r.anchor)
        w.put(numbers)
        w.put(kTarget); if let target = r.target { w.putJSONString(target) } else { w.put(kNull) }
        w.put(0x7D)
        relative.append(w.bytes)
        w.release()
    }

    /// The numbers of a relative location, by bit pattern.
    private struct RelativeNumbers: Hashable {
        var distance, azimuth, lon, lat, uncertainty: UInt64
    }
    private var relativeNumbers: [RelativeNumbers: [UInt8]] = [:]
    private let kAnchor: StaticString = ", \"anchor\": ", kTarget: StaticString = ", \"target\": "

    // The literal parts of treaty and date objects.
    private let kSep: StaticString = ",\n    ", kFirstSep: StaticString = "\n    "
    private let kTreatyID: StaticString = "{\"id\": ", kSurfaceFirst: StaticString = "{\"surface\": "
    private let kDate: StaticString = ", \"date\": ", kQualifier: StaticString = ", \"qualifier\": "

    /// Handles a treaty reference.
    public func treaty(_ t: TreatyReference) {
        var surface = t.surface
        surface.withUTF8 { treaty(surface: $0, start: t.start, end: t.end, id: t.id) }
    }

    /// Handles a treaty reference given as bytes of the scan buffer (the scanner's fast path).
    func treaty(surface: UnsafeBufferPointer<UInt8>, start: Int, end: Int, id: String?) {
        // Assembled in raw memory, with no interpolated String: tens of thousands per 100 MB.
        var r = RecordWriter(scratch: recordMemory, capacity: JSONFormatter.recordBytes)
        r.put(treaties.count == 0 ? kFirstSep : kSep)
        r.put(kTreatyID); if let id { r.putJSONString(id) } else { r.put(kNull) }
        r.put(kSurface); r.putJSONString(surface)
        r.put(kStart); r.putInt(start)
        r.put(kEnd); r.putInt(end)
        r.put(0x7D)
        treaties.append(r.bytes)
        r.release()
    }

    /// `{"surface": …, "start": …, "end": …` — how relative locations and dates begin.
    private func putSurfaceAndSpan(_ w: inout RecordWriter, _ surface: String, _ start: Int, _ end: Int) {
        var surface = surface
        surface.withUTF8 { putSurfaceAndSpan(&w, $0, start, end) }
    }

    /// The same from the surface's UTF-8 bytes.
    private func putSurfaceAndSpan(_ w: inout RecordWriter, _ surface: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        w.put(kSurfaceFirst); w.putJSONString(surface)
        w.put(kStart); w.putInt(start)
        w.put(kEnd); w.putInt(end)
    }

    /// Handles a date.
    public func date(_ d: DateMention) {
        var r = RecordWriter(scratch: recordMemory, capacity: JSONFormatter.recordBytes)
        r.put(dates.count == 0 ? kFirstSep : kSep)
        putSurfaceAndSpan(&r, d.surface, d.start, d.end)
        r.put(kDate); r.putJSONString(d.date)
        if let q = d.qualifier { r.put(kQualifier); r.putJSONString(q) }
        r.put(0x7D)
        dates.append(r.bytes)
        r.release()
    }

    /// Handles a date given as bytes of the scan buffer and its parts (the scanner's fast path);
    /// writes what `date(_:)` writes for the `DateMention` with `DateState.iso(year, month, day)`.
    func date(surface: UnsafeBufferPointer<UInt8>, start: Int, end: Int, year: Int, month: Int, day: Int?, qualifier: String?) {
        var r = RecordWriter(scratch: recordMemory, capacity: JSONFormatter.recordBytes)
        r.put(dates.count == 0 ? kFirstSep : kSep)
        putSurfaceAndSpan(&r, surface, start, end)
        r.put(kDate); r.put(0x22)
        DateState.writeISO(year, month, day) { r.put($0) }
        r.put(0x22)
        if let q = qualifier { r.put(kQualifier); r.putJSONString(q) }
        r.put(0x7D)
        dates.append(r.bytes)
        r.release()
    }

    /// Writes the remaining sections and closes the object.
    public func incidents(_ links: [IncidentLink]) {
        out.write(mentionCount == 0 ? "],\n" : "\n  ],\n")
        for (name, spool) in [("relative", relative), ("treaties", treaties), ("dates", dates)] {
            out.write("  \"\(name)\": [")
            spool.drain(into: out)
            out.write(spool.count == 0 ? "],\n" : "\n  ],\n")
        }
        out.write("  \"incidents\": [")
        for (i, link) in links.enumerated() {
            var o: [UInt8] = Array((i == 0 ? "\n    " : ",\n    ").utf8)
            o.append(contentsOf: "{\"id\": ".utf8); JSONText.string(link.id, into: &o)
            o.append(contentsOf: ", \"evidence\": [\(link.evidence.map { "[\($0[0]), \($0[1])]" }.joined(separator: ", "))]}".utf8)
            out.write(o)
        }
        out.write(links.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        out.flush()
    }
}
