/// Receives what a document scan finds, each kind in text order, as soon as it is found.
///
/// Formatters implement it to write output incrementally, so memory does not grow with the document.
public protocol ExtractionSink: AnyObject {
    /// A place mention.
    func mention(_ m: Mention)
    /// A relative location.
    func relative(_ r: RelativeLocation)
    /// A treaty reference.
    func treaty(_ t: TreatyReference)
    /// A date.
    func date(_ d: DateMention)
    /// The incidents the document supports, once the whole text has been read.
    func incidents(_ links: [IncidentLink])
}

/// Collects everything in memory (tests, small documents, the table format).
public final class CollectingSink: ExtractionSink {
    /// What has been collected so far.
    public private(set) var extraction: Extraction

    /// A sink for one document.
    public init(document: String, sha256: String) { extraction = Extraction(document: document, sha256: sha256) }

    public func mention(_ m: Mention) { extraction.mentions.append(m) }
    public func relative(_ r: RelativeLocation) { extraction.relative.append(r) }
    public func treaty(_ t: TreatyReference) { extraction.treaties.append(t) }
    public func date(_ d: DateMention) { extraction.dates.append(d) }
    public func incidents(_ links: [IncidentLink]) { extraction.incidents = links }
}

/// Computes a WGS84 direct geodesic: the point at a distance and azimuth from a start.
/// The Projection module's geodesic is plugged in by the caller; the geoparser has no formula of its own.
public protocol DirectGeodesic: Sendable {
    /// The destination point, or nil when it cannot be computed.
    func destination(from start: Coordinate, azimuthDegrees: Double, distanceMeters: Double) -> Coordinate?
}

import Gazetteer
