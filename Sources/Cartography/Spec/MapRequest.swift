import Canvas

/// Everything `render` needs to know to draw one map.
public struct MapRequest: Sendable {
    /// The dispute to draw (default: the first loaded).
    public var disputeID: String?
    /// The incident to frame, highlight and title.
    public var incidentID: String?
    /// An explicit geographic extent (west, south, east, north).
    public var bbox: BoundingBox?
    /// Page size and resolution.
    public var page: PageSize
    /// Output format.
    public var format: OutputFormat
    /// Label language: en, ru, ja or zh (English fallback).
    public var lang: String
    /// "neutral", or a claimant's party id whose line is drawn as the boundary.
    public var view: String
    /// Colours and line styles.
    public var theme: Theme
    /// A title replacing the generated one.
    public var title: String?
    /// PNG encoder settings.
    public var png: PNGOptions
    /// A document's places, relative positions and supported incidents drawn over the map (`render --text`).
    public var documentLayer: DocumentLayer? = nil

    /// A request with defaults: first dispute, standard page, English, neutral view, default theme.
    public init(disputeID: String? = nil, incidentID: String? = nil, bbox: BoundingBox? = nil,
                page: PageSize = .standard, format: OutputFormat = .png, lang: String = "en",
                view: String = "neutral", theme: Theme = .standard, title: String? = nil, png: PNGOptions = PNGOptions()) {
        self.disputeID = disputeID
        self.incidentID = incidentID
        self.bbox = bbox
        self.page = page
        self.format = format
        self.lang = lang
        self.view = view
        self.theme = theme
        self.title = title
        self.png = png
    }
}
