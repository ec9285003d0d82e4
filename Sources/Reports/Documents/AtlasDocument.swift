import Cartography
import Foundation
import Gazetteer
import Geoparser

/// A document given to `atlas --text` or `render --text`, extracted and assigned to a dispute.
public struct AtlasDocument: Sendable {
    /// Its id: the file name without extension (cited with the checksum).
    public var id: String
    /// The path as given.
    public var path: String
    /// SHA-256 of its bytes.
    public var sha256: String
    /// The dispute it belongs to: the one whose sources list its checksum, else the one it names most.
    public var dispute: String
    /// The source id the dispute cites it by, when the checksum matches.
    public var sourceID: String?
    /// Everything the geoparser found.
    public var extraction: Extraction

    /// Extracts a document already read (`SourceDocument.bytes`: a pipe or FIFO cannot be read a
    /// second time); throws `ExtractError` (65 binary) or `RenderError` when no dispute is loaded.
    public static func load(_ source: SourceDocument, gazetteer: Gazetteer, parser: Geoparser) throws -> AtlasDocument {
        let binary = source.bytes.withUnsafeBytes { BinaryCheck.reason(UnsafeRawBufferPointer(rebasing: $0[..<min($0.count, BinaryCheck.sampleBytes)])) }
        if let reason = binary { throw ExtractError.binary(path: source.path, reason: reason) }
        let sink = CollectingSink(document: source.path, sha256: source.sha256)
        parser.extract(bytes: source.bytes, into: sink)
        return try assign(path: source.path, sha256: source.sha256, extraction: sink.extraction, gazetteer: gazetteer)
    }

    /// The dispute an extracted document belongs to: the one citing its checksum, else the one it names most.
    private static func assign(path: String, sha256: String, extraction: Extraction, gazetteer: Gazetteer) throws -> AtlasDocument {
        let name = (path as NSString).lastPathComponent
        let id = (name as NSString).deletingPathExtension.isEmpty ? name : (name as NSString).deletingPathExtension
        for d in gazetteer.disputes {
            if let s = d.sources.first(where: { $0.sha256?.lowercased() == sha256 }) {
                return AtlasDocument(id: id, path: path, sha256: sha256, dispute: d.id, sourceID: s.id, extraction: extraction)
            }
        }
        var best: (id: String, count: Int)?
        for d in gazetteer.disputes {
            let ids = Set(d.places.map(\.id))
            let n = extraction.mentions.filter { $0.id.map(ids.contains) ?? false }.count
            if best == nil || n > best!.count { best = (d.id, n) }
        }
        guard let best else { throw RenderError.badData("no dispute is loaded to map \(path) against") }
        return AtlasDocument(id: id, path: path, sha256: sha256, dispute: best.id, sourceID: nil, extraction: extraction)
    }

    /// The places named, with their mention counts, most-named first (ties by id).
    public func mentionCounts(in dispute: Dispute) -> [ExtractionRow] {
        var rows: [String: ExtractionRow] = [:]
        for m in extraction.mentions {
            guard let id = m.id else { continue }
            var r = rows[id] ?? ExtractionRow(id: id, name: dispute.place(id)?.title ?? id, kind: m.kind, count: 0, surfaces: [],
                                              firstSpan: [m.start, m.end], coordinate: m.coordinate.map { [$0.lon, $0.lat] })
            r.count += 1
            if !r.surfaces.contains(m.surface) { r.surfaces.append(m.surface) }
            rows[id] = r
        }
        return rows.values.sorted { ($0.count, $1.id) > ($1.count, $0.id) }
    }

    /// The map layer: named places with positions, relative positions, supported incidents.
    public func layer(in dispute: Dispute) -> DocumentLayer {
        let places = mentionCounts(in: dispute).compactMap { r -> DocumentLayer.MentionedPlace? in
            guard let c = r.coordinate else { return nil }
            return DocumentLayer.MentionedPlace(id: r.id, coordinate: Coordinate(lon: c[0], lat: c[1]), count: r.count)
        }
        let relative = extraction.relative.compactMap { r -> DocumentLayer.RelativePoint? in
            guard let a = dispute.place(r.anchor)?.coordinate else { return nil }
            return DocumentLayer.RelativePoint(text: r.surface, anchor: a, coordinate: r.coordinate, uncertaintyMeters: r.uncertaintyMeters)
        }
        let incidents = extraction.incidents.map(\.id).filter { dispute.incident($0) != nil }
        return DocumentLayer(title: id, places: places, relative: relative, incidents: incidents)
    }
}

/// One row of a document's extraction table: a place and how the document names it.
public struct ExtractionRow: Sendable, Codable, Hashable {
    /// The place id.
    public var id: String
    /// The place's title.
    public var name: String
    /// Its type.
    public var kind: String
    /// Number of mentions.
    public var count: Int
    /// Every distinct spelling, in order of first use.
    public var surfaces: [String]
    /// Code-point span of the first mention.
    public var firstSpan: [Int]
    /// lon, lat.
    public var coordinate: [Double]?
}
