import Cartography
import Gazetteer

/// Everything the report and the sidecar say about one figure.
public struct FigureRecord: Sendable, Codable, Equatable {
    /// One file of the figure.
    public struct File: Sendable, Codable, Equatable {
        /// png, svg or pdf.
        public var format: String
        /// Path relative to the output directory.
        public var path: String
        /// Size in pixels (PNG) or display pixels (SVG, PDF at 72 dpi × scale).
        public var pixels: [Int]
    }

    /// The place an incident happened at.
    public struct PlaceRef: Sendable, Codable, Equatable {
        public var id: String?
        public var name: String
        /// lon, lat.
        public var coordinate: [Double]?
        /// Radius of the position's uncertainty, metres.
        public var uncertaintyMeters: Double?
    }

    /// A document mapped with `--text`, cited by id, checksum and spans.
    public struct DocumentRef: Sendable, Codable, Equatable {
        public var id: String
        /// File name (not the full path, which says nothing to a reader of the report).
        public var file: String
        public var sha256: String
        /// The dispute's source id for it, when its checksum is in the data.
        public var source: String?
        public var mentions: Int
        public var relativeLocations: Int
        public var dates: Int
        /// Incidents it supports, with evidence spans.
        public var incidents: [String]
    }

    /// Position in the report, from 1.
    public var number: Int
    /// `<dispute>/<name>`: the figure's stable id and file stem.
    public var id: String
    /// overview, incident, timeline or document.
    public var kind: String
    public var dispute: String
    public var disputeTitle: String
    public var incident: String?
    public var title: String
    public var subtitle: String
    /// One sentence under the figure.
    public var caption: String
    /// Alternative text (the map's own, from MapInfo).
    public var altText: String
    /// The date in words, and as written in the data.
    public var date: String?
    public var isoDate: String?
    public var place: PlaceRef?
    public var files: [File]
    /// The sidecar JSON's path.
    public var sidecar: String
    /// Citations of what the figure shows.
    public var sources: [CitationRecord]
    /// The side-of-claim table: its columns and rows.
    public var claimColumns: [ClaimColumn]
    public var sideOfClaim: [FactRow]
    /// Incidents of the dispute outside this map's frame.
    public var incidentsOffMap: [String]
    /// For document maps: the document and its extraction table.
    public var document: DocumentRef?
    public var extraction: [ExtractionRow]?

    /// The file shown inline in HTML and Markdown: PNG, else SVG; nil when only PDF was made.
    public var image: File? { files.first { $0.format == "png" } ?? files.first { $0.format == "svg" } }
}

/// A dispute's heading in the report.
public struct DisputeRecord: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var period: String?
    public var summary: String?
    /// Party names in party order.
    public var parties: [String]
    /// The data file's name.
    public var file: String
}

/// The whole report: disputes and their figures in order.
public struct AtlasReport: Sendable, Codable, Equatable {
    public var title: String
    public var disputes: [DisputeRecord]
    public var figures: [FigureRecord]
}

/// The sidecar JSON of one figure: its record plus the renderer's MapInfo or TimelineInfo.
public struct Sidecar: Sendable, Codable, Equatable {
    /// Schema name and version, so tools can check what they read.
    public var schema = "borderlines-figure/1"
    public var figure: FigureRecord
    public var map: MapInfo?
    public var timeline: TimelineInfo?
}
