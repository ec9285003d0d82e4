import Gazetteer

/// Writes an LPF-style GeoJSON FeatureCollection: one Feature per mention (a Point where the
/// gazetteer has one, else a null geometry) and one per relative location, streamed as found.
public final class GeoJSONFormatter: ExtractionSink, DeferredDigest {
    private let out: ByteWriter
    private var features = 0
    private let relative = SectionSpool()
    /// Output position of the SHA-256 placeholder (nil when the digest was given).
    private var digestPosition: Int?

    /// Starts the collection; the document and its SHA-256 are foreign members, as LPF allows.
    /// A nil `sha256` writes a placeholder for `fillSHA256` (the writer must be able to overwrite).
    public init(writer: ByteWriter, document: String, sha256: String?) {
        out = writer
        var o: [UInt8] = Array("{\n  \"type\": \"FeatureCollection\",\n  \"document\": ".utf8)
        JSONText.string(document, into: &o)
        o.append(contentsOf: ",\n  \"sha256\": ".utf8)
        let at = DigestPlaceholder.append(sha256, into: &o)
        digestPosition = at.map { out.position + $0 }
        o.append(contentsOf: ",\n  \"features\": [".utf8)
        out.write(o)
    }

    /// Puts the document's SHA-256 in place of the header's placeholder.
    public func fillSHA256(_ hex: String) -> Bool { DigestPlaceholder.fill(hex, at: digestPosition, in: out) }

    private func geometry(_ c: Coordinate?, into o: inout [UInt8]) {
        guard c != nil else { o.append(contentsOf: Array("null".utf8)); return }
        o.append(contentsOf: "{\"type\": \"Point\", \"coordinates\": ".utf8)
        JSONText.coordinate(c, into: &o)
        o.append(0x7D)
    }

    /// Handles a place mention.
    public func mention(_ m: Mention) {
        var o: [UInt8] = Array((features == 0 ? "\n    " : ",\n    ").utf8)
        o.append(contentsOf: "{\"type\": \"Feature\", \"geometry\": ".utf8)
        geometry(m.coordinate, into: &o)
        o.append(contentsOf: ", \"properties\": {\"id\": ".utf8); JSONText.optionalString(m.id, into: &o)
        o.append(contentsOf: ", \"surface\": ".utf8); JSONText.string(m.surface, into: &o)
        o.append(contentsOf: ", \"start\": \(m.start), \"end\": \(m.end), \"kind\": ".utf8); JSONText.string(m.kind, into: &o)
        o.append(contentsOf: ", \"confidence\": \(JSONText.confidence(m.confidence))}}".utf8)
        features += 1
        out.write(o)
    }

    /// Handles a relative location.
    public func relative(_ r: RelativeLocation) {
        var o: [UInt8] = Array(",\n    {\"type\": \"Feature\", \"geometry\": ".utf8)
        geometry(r.coordinate, into: &o)
        o.append(contentsOf: ", \"properties\": {\"id\": ".utf8); JSONText.optionalString(r.target, into: &o)
        o.append(contentsOf: ", \"surface\": ".utf8); JSONText.string(r.surface, into: &o)
        o.append(contentsOf: ", \"start\": \(r.start), \"end\": \(r.end), \"kind\": \"relative\", \"anchor\": ".utf8)
        JSONText.string(r.anchor, into: &o)
        o.append(contentsOf: ", \"distance_m\": \(JSONText.number(r.distanceMeters)), \"azimuth_deg\": \(JSONText.number(r.azimuthDegrees)), \"uncertainty_m\": \(JSONText.number(r.uncertaintyMeters.rounded())), \"target\": ".utf8)
        JSONText.optionalString(r.target, into: &o)
        o.append(contentsOf: "}}".utf8)
        relative.append(o)
    }

    /// Handles a treaty reference.
    public func treaty(_ t: TreatyReference) {}
    /// Handles a date.
    public func date(_ d: DateMention) {}

    /// Appends the relative-location features and closes the collection.
    public func incidents(_ links: [IncidentLink]) {
        // A relative location always follows its anchor's mention, so the separator is always a comma.
        relative.drain(into: out)
        features += relative.count
        out.write(features == 0 ? "]\n}\n" : "\n  ]\n}\n")
        out.flush()
    }
}
