/// A finished map: its bytes and what was drawn, for sidecars, reports and tests.
public struct RenderedMap: Sendable {
    /// The encoded PNG, SVG or PDF.
    public var bytes: [UInt8]
    /// What the map shows and where.
    public var info: MapInfo
}

/// The facts about a rendered map that other tools (and the atlas report) need.
public struct MapInfo: Sendable, Codable, Equatable {
    /// A label that found a place, with its box on the page (points, y down).
    public struct Label: Sendable, Codable, Equatable {
        public var id: String
        public var text: String
        public var box: [Double]
    }

    public var title: String
    public var subtitle: String
    /// Alternative text describing the map for screen readers (also the PDF subject and SVG desc).
    public var altText: String
    public var dispute: String
    public var incident: String?
    public var view: String
    public var lang: String
    public var theme: String
    public var format: String
    /// Page size in points and output size in pixels.
    public var pagePoints: [Double]
    public var pixels: [Int]
    /// Geographic extent of the map frame: west, south, east, north.
    public var bbox: [Double]
    /// PROJ definition of the map's projection.
    public var projection: String
    /// The projection's centre, lon/lat.
    public var center: [Double]
    /// The projected extent shown in the frame, metres: minX, minY, maxX, maxY.
    public var extent: [Double]
    /// The frame on the page: x, y, width, height (points).
    public var frame: [Double]
    /// The scale bar's ground length in metres and its label.
    public var scaleBarMeters: Double?
    public var scaleBarLabel: String?
    /// The scale bar's drawn length, points.
    public var scaleBarPoints: Double?
    /// Where each incident's marker was drawn (page points), which may be offset from its position.
    public var incidentMarkers: [String: [Double]]
    /// Ground metres per page point at the map centre (geodesic).
    public var metersPerPoint: Double
    /// Ids of what was drawn.
    public var claims: [String]
    public var places: [String]
    public var incidents: [String]
    /// Incidents of the dispute that lie outside this map's frame.
    public var incidentsOffMap: [String]
    public var basemap: [String]
    /// Labels placed, and the ids of labels dropped for lack of room.
    public var labels: [Label]
    public var droppedLabels: [String]
    /// Incidents the key had no room for (nil when all are listed); they still have numbered markers.
    public var unlistedIncidents: [String]?
    /// Legend rows that had no room (nil when all fit).
    public var unlistedLegendRows: [String]?
    /// The sources line printed under the map.
    public var sourcesLine: String
    /// Ids of the sources cited by what is drawn.
    public var sources: [String]
}
