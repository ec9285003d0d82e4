import Canvas

/// One figure of the atlas: what it shows and where its files go.
public struct AtlasFigure: Sendable, Hashable {
    /// What a figure shows.
    public enum Kind: Sendable, Hashable {
        /// The whole dispute: claims, disputed area, every incident.
        case overview
        /// One incident, framed and highlighted.
        case incident(String)
        /// Incidents and diplomatic events on a time axis.
        case timeline
        /// Every place a document names (index into the atlas's documents).
        case document(Int)

        /// A one-word name for sidecars and CSS classes.
        public var name: String {
            switch self {
            case .overview: return "overview"
            case .incident: return "incident"
            case .timeline: return "timeline"
            case .document: return "document"
            }
        }
    }

    /// Position in the report, from 1.
    public var number: Int
    /// The dispute id.
    public var dispute: String
    /// What it shows.
    public var kind: Kind
    /// The directory of the figure's files, relative to the output directory (a safe component).
    public var directory: String
    /// The file name without extension (a safe component, unique in its directory).
    public var name: String

    /// The relative path of the figure in a format: `<directory>/<name>.<ext>`.
    public func path(_ format: OutputFormat) -> String { "\(directory)/\(name).\(format.fileExtension)" }

    /// The relative path of the sidecar JSON.
    public var sidecarPath: String { "\(directory)/\(name).json" }
}
