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

/// Collects everything in memory (tests, small documents, the table format), up to `limit`
/// items of each kind so a huge document cannot exhaust memory; the rest are only counted.
public final class CollectingSink: ExtractionSink {
    /// How many items of each kind were counted but not kept.
    public struct Omitted: Sendable, Equatable {
        /// Place mentions not kept.
        public var mentions = 0
        /// Relative locations not kept.
        public var relative = 0
        /// Treaty references not kept.
        public var treaties = 0
        /// Dates not kept.
        public var dates = 0
        /// Whether anything was left out.
        public var any: Bool { mentions + relative + treaties + dates > 0 }
    }

    /// What has been collected so far.
    public private(set) var extraction: Extraction
    /// What was left out beyond `limit`.
    public private(set) var omitted = Omitted()
    private let limit: Int

    /// A sink for one document, keeping at most `limit` items of each kind.
    public init(document: String, sha256: String, limit: Int = .max) {
        extraction = Extraction(document: document, sha256: sha256)
        self.limit = limit
    }

    /// Handles a place mention.
    public func mention(_ m: Mention) { keep(m, in: &extraction.mentions, else: &omitted.mentions) }
    /// Handles a relative location.
    public func relative(_ r: RelativeLocation) { keep(r, in: &extraction.relative, else: &omitted.relative) }
    /// Handles a treaty reference.
    public func treaty(_ t: TreatyReference) { keep(t, in: &extraction.treaties, else: &omitted.treaties) }
    /// Handles a date.
    public func date(_ d: DateMention) { keep(d, in: &extraction.dates, else: &omitted.dates) }

    /// Appends `item` while the list is under the limit, else counts it.
    private func keep<T>(_ item: T, in list: inout [T], else count: inout Int) {
        if list.count < limit { list.append(item) } else { count += 1 }
    }
    /// Handles the supported incidents at the end.
    public func incidents(_ links: [IncidentLink]) { extraction.incidents = links }
}

/// Computes a WGS84 direct geodesic: the point at a distance and azimuth from a start.
/// The Projection module's geodesic is plugged in by the caller; the geoparser has no formula of its own.
public protocol DirectGeodesic: Sendable {
    /// The destination point, or nil when it cannot be computed.
    func destination(from start: Coordinate, azimuthDegrees: Double, distanceMeters: Double) -> Coordinate?
}

import Gazetteer
