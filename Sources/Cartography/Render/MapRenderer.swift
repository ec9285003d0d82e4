import Canvas
import Foundation
import Gazetteer
import Geometry
import Projection

/// Draws one map of a dispute or incident to PNG, SVG or PDF.
public enum MapRenderer {
    /// The program name and version written into PDF/SVG metadata.
    public static let creator = "Borderlines \(BorderlinesVersion.current)"

    /// Renders the map `request` asks for. Writes atomically to `target` when it is a file.
    public static func render(_ gazetteer: Gazetteer, _ request: MapRequest, to target: OutputTarget = .memory) throws -> RenderedMap {
        let (dispute, incident) = try resolve(gazetteer, request)
        try checkView(request.view, dispute)
        let drawing = try MapDrawing(dispute: dispute, incident: incident, request: request, target: target)
        return try drawing.draw()
    }

    /// Finds the dispute and incident a request names, with suggestions for unknown ids.
    static func resolve(_ g: Gazetteer, _ r: MapRequest) throws -> (Dispute, Incident?) {
        var incident: Incident?
        var dispute: Dispute?
        if let iid = r.incidentID {
            guard let found = g.incident(iid) else {
                throw RenderError.unknownID(kind: "incident", id: iid,
                                            suggestions: Suggestions.nearest(to: iid, in: g.disputes.flatMap { $0.incidents.map(\.id) }))
            }
            incident = found
            dispute = g.dispute(found.dispute)
            if let did = r.disputeID, did != found.dispute {
                throw RenderError.badRequest("incident \"\(iid)\" belongs to dispute \"\(found.dispute)\", not \"\(did)\"")
            }
        } else if let did = r.disputeID {
            guard let found = g.dispute(did) else {
                throw RenderError.unknownID(kind: "dispute", id: did, suggestions: Suggestions.nearest(to: did, in: g.disputes.map(\.id)))
            }
            dispute = found
        } else {
            dispute = g.disputes.first
        }
        guard let dispute else { throw RenderError.badData("no dispute is loaded") }
        return (dispute, incident)
    }

    static func checkView(_ view: String, _ d: Dispute) throws {
        guard view != "neutral" else { return }
        guard d.claims.contains(where: { $0.claimant == view }) else {
            let known = ["neutral"] + d.parties.map(\.id).filter { p in d.claims.contains { $0.claimant == p } }
            throw RenderError.unknownID(kind: "view (claimant)", id: view, suggestions: Suggestions.nearest(to: view, in: known) + (Suggestions.nearest(to: view, in: known).isEmpty ? known : []))
        }
    }
}

/// The state of one map being drawn.
final class MapDrawing {
    let dispute: Dispute
    let incident: Incident?
    let request: MapRequest
    let theme: Theme
    let layout: PageLayout
    let canvas: Canvas
    let transform: MapTransform
    let geometry = GeometryContext()
    var placer: LabelPlacer
    var labelRequests: [LabelRequest] = []
    /// Requests whose box is not measured yet (index, text, font, halo pad): see `requestLabel`.
    var unmeasuredLabels: [(index: Int, text: String, font: Font, pad: Double)] = []
    /// Label texts and styles by request id, drawn after placement.
    var labelStyles: [String: (text: String, style: TextStyle)] = [:]
    var info: MapInfo
    /// The frame as a lon/lat box, for "is it on the map" tests.
    let geoBounds: BoundingBox
    /// Incident numbers: chronological within the dispute.
    let incidentNumbers: [String: Int]
    /// Lines of text already wrapped, by text, font and width: the panel lays its legend and key
    /// out before drawing them (to choose their type size), and must not measure everything twice.
    var wrapped: [WrapKey: [String]] = [:]

    /// What a wrapped text depends on.
    struct WrapKey: Hashable {
        let text: String
        let font: Font
        let width: Double
    }

    init(dispute: Dispute, incident: Incident?, request: MapRequest, target: OutputTarget) throws {
        self.dispute = dispute
        self.incident = incident
        self.request = request
        theme = request.theme
        layout = PageLayout(width: request.page.width, height: request.page.height)
        incidentNumbers = Dictionary(uniqueKeysWithValues: dispute.incidents.enumerated().map { ($1.id, $0 + 1) })

        // Frame the view.
        let focus: ViewFraming.Focus
        if let bbox = request.bbox {
            try ViewFraming.validate(bbox: bbox)
            try ViewFraming.requireContent(of: dispute, in: bbox)
            focus = ViewFraming.Focus(points: [Coordinate(x: bbox.minX, y: bbox.minY), Coordinate(x: bbox.maxX, y: bbox.maxY),
                                               Coordinate(x: bbox.minX, y: bbox.maxY), Coordinate(x: bbox.maxX, y: bbox.minY)], margin: 0)
        } else if let incident {
            guard let f = ViewFraming.focus(incident: incident, in: dispute) else {
                throw RenderError.badData("incident \"\(incident.id)\" has no position to map")
            }
            focus = f
        } else if let layer = request.documentLayer, let f = ViewFraming.focus(dispute: dispute, document: layer) {
            focus = f
        } else {
            guard let f = ViewFraming.focus(dispute: dispute) else {
                throw RenderError.badData("dispute \"\(dispute.id)\" has no claims or located incidents to map")
            }
            focus = f
        }
        guard let geoBox = BoundingBox(covering: focus.points) else { throw RenderError.badRequest("empty view") }
        let projection = try LocalProjection(center: geoBox.center)
        let extent = try ViewFraming.extent(of: focus.points, margin: focus.margin, projection: projection,
                                            aspect: layout.frame.width / layout.frame.height)
        transform = MapTransform(projection: projection, extent: extent, frame: layout.frame)
        geoBounds = try transform.geographicBounds()

        let text = MapText(dispute: dispute, incident: incident, request: request)
        let title = request.title ?? text.title
        let subtitle = text.subtitle
        let alt = try text.altText(transform: transform) + (request.documentLayer.map { [geoBounds] in " " + $0.altText(within: geoBounds) } ?? "")
        let metadata = DocumentMetadata(title: title, author: nil, subject: alt, keywords: text.keywords,
                                        creator: MapRenderer.creator, date: nil)
        do {
            canvas = try Canvas(width: request.page.width, height: request.page.height, format: request.format,
                                scale: request.page.scale, background: theme.paper, metadata: metadata, png: request.png, target: target)
        } catch let e as CanvasError {
            throw MapDrawing.renderError(e)
        }
        placer = LabelPlacer(frame: BoundingBox(minX: layout.frame.minX + 2, minY: layout.frame.minY + 2,
                                                maxX: layout.frame.maxX - 2, maxY: layout.frame.maxY - 2), cellSize: 24 * layout.k)
        info = MapInfo(title: title, subtitle: subtitle, altText: alt, dispute: dispute.id, incident: incident?.id,
                       view: request.view, lang: request.lang, theme: theme.name, format: request.format.rawValue,
                       pagePoints: [request.page.width, request.page.height], pixels: [canvas.pixelWidth, canvas.pixelHeight],
                       bbox: [geoBounds.minX, geoBounds.minY, geoBounds.maxX, geoBounds.maxY].map(MapDrawing.round7),
                       projection: projection.definition,
                       center: [projection.center.lon, projection.center.lat],
                       extent: [extent.minX, extent.minY, extent.maxX, extent.maxY],
                       frame: [layout.frame.x, layout.frame.y, layout.frame.width, layout.frame.height],
                       scaleBarMeters: nil, scaleBarLabel: nil, scaleBarPoints: nil, incidentMarkers: [:], metersPerPoint: try transform.metersPerPoint(),
                       claims: [], places: [], incidents: [], incidentsOffMap: [], basemap: [], labels: [], droppedLabels: [],
                       sourcesLine: "", sources: [])
    }

    static func round7(_ v: Double) -> Double { (v * 1e7).rounded() / 1e7 }

    static func renderError(_ e: CanvasError) -> RenderError {
        switch e {
        case .cannotWrite: return .cannotWrite(e.description)
        case .invalidSize, .invalidArgument: return .badRequest(e.description)
        default: return .internalError(e.description)
        }
    }

    /// Draws every layer bottom to top and finishes the file.
    func draw() throws -> RenderedMap {
        var timer = PhaseTimer()
        do {
            try canvas.save()
            try canvas.clip(to: layout.frame)
            try drawBasemap(); timer.lap("basemap")
            try drawGraticuleLines(); timer.lap("graticule")
            try drawDisputedArea(); timer.lap("disputed area")
            try drawUncertainty(); timer.lap("uncertainty")
            try drawClaims(); timer.lap("claims")
            try drawRelativeLocations()
            try drawPlaces(); timer.lap("places")
            try drawIncidents(); timer.lap("incidents")
            try drawDocumentLayer(); timer.lap("document layer")
            try reserveFurniture()
            try drawLabels(); timer.lap("labels")
            try drawInFrameFurniture()
            try canvas.restore()
            try drawFrameAndGraticuleLabels(); timer.lap("frame, scale bar, north arrow")
            try drawPanel(); timer.lap("inset, legend, key")
            try drawTitleAndSources(); timer.lap("title, sources")
            let bytes = try canvas.finish(); timer.lap("encode (\(request.format.rawValue))")
            timer.report()
            return RenderedMap(bytes: bytes, info: info)
        } catch let e as CanvasError {
            throw MapDrawing.renderError(e)
        }
    }

    // MARK: Helpers shared by the layers

    /// A font at a size with the families for the map's language.
    func font(_ size: Double, bold: Bool = false, italic: Bool = false) -> Font {
        MapFonts.font(size, lang: request.lang, bold: bold, italic: italic)
    }

    /// A polyline in lon/lat as a page path.
    func path(_ coordinates: [Coordinate], closed: Bool = false) throws -> Path {
        let pts = try transform.points(coordinates)
        return closed ? Path.polygon(pts) : Path.polyline(pts)
    }

    /// True when a lon/lat point falls inside the frame.
    func isOnMap(_ c: Coordinate) -> Bool {
        guard geoBounds.contains(c), let p = try? transform.point(c) else { return false }
        return layout.frame.contains(p)
    }

    /// The label of a place in the map's language.
    func label(_ place: Place) -> String { place.label(in: request.lang) }

    /// A label request for text next to an anchor point; the style is kept for drawing after placement.
    func requestLabel(id: String, text: String, anchor: Point, offset: Double, priority: Int, style: TextStyle, centered: Bool = false) throws {
        // The box is measured in `measureLabels`, just before placement: the first measurement
        // waits for the fonts (`MapRenderer.prepareFonts`), and the layers drawn before the
        // labels need none, so they are drawn meanwhile.
        let pad = (style.halo?.radius ?? 0) + 0.5 * layout.k
        var r = LabelRequest(id: id, text: text, priority: priority, anchor: Coordinate(x: anchor.x, y: anchor.y), offset: offset,
                             width: 0, height: 0)
        r.centered = centered
        labelRequests.append(r)
        unmeasuredLabels.append((labelRequests.count - 1, text, style.font, pad))
        labelStyles[id] = (text, style)
    }

    /// Sizes the boxes of the labels requested so far from their text (halo included).
    func measureLabels() throws {
        for label in unmeasuredLabels {
            let extents = try canvas.measure(text: label.text, font: label.font)
            labelRequests[label.index].width = extents.logical.width + 2 * label.pad
            labelRequests[label.index].height = extents.logical.height + label.pad
        }
        unmeasuredLabels.removeAll()
    }

    /// A standard map label style: text colour with a white halo.
    func labelStyle(size: Double? = nil, color: RGBA? = nil, bold: Bool = false, italic: Bool = false) -> TextStyle {
        TextStyle(font: font(size ?? layout.labelSize, bold: bold, italic: italic), color: color ?? theme.text,
                  halo: Halo(color: theme.halo, radius: 1.3 * layout.k), anchor: .center)
    }
}
