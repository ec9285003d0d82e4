import Canvas
import Cartography
import Gazetteer

/// What a drawn timeline shows, for the report and its sidecar.
public struct TimelineInfo: Sendable, Codable, Equatable {
    /// The title drawn at the top.
    public var title: String
    /// Alternative text for readers who cannot see it.
    public var altText: String
    /// Format drawn.
    public var format: String
    /// Page size in points and output size in pixels.
    public var pagePoints: [Double]
    public var pixels: [Int]
    /// Incident and event ids in row order.
    public var rows: [String]
}

/// A timeline of one dispute: incidents on a time axis, coloured by the party the data names
/// first (in the theme's claim colours, by party order), numbered as on the maps, with the
/// diplomatic events as open diamonds.
public enum TimelineFigure {
    /// One row: an incident or an event.
    struct Row {
        var id: String
        var date: HistoricalDate
        var title: String
        var parties: [String]
        /// The incident number on the maps; nil for events.
        var number: Int?
    }

    /// The least room between tick labels, points.
    static let tickSpacing = 32.0

    /// Draws the timeline of `dispute` and writes it to `target`.
    public static func render(_ dispute: Dispute, theme: Theme, format: OutputFormat, scale: Double, width: Double,
                              png: PNGOptions = PNGOptions(), to target: OutputTarget) throws -> (bytes: [UInt8], info: TimelineInfo) {
        let rows = self.rows(dispute)
        let title = "Timeline: \(dispute.title)"
        let alt = altText(dispute, rows: rows)
        let m = 22.0, rowH = 17.0, top = 82.0
        let axisY = top + Double(rows.count) * rowH + 8
        let height = axisY + 44
        let metadata = DocumentMetadata(title: title, subject: alt, keywords: ["timeline", "border dispute", dispute.id, dispute.title],
                                        creator: MapRenderer.creator)
        let canvas: Canvas
        do {
            canvas = try Canvas(width: width, height: height, format: format, scale: scale, background: theme.paper,
                                metadata: metadata, png: png, target: target)
        } catch let e as CanvasError {
            throw renderError(e)
        }
        do {
            let drawing = Drawing(canvas: canvas, dispute: dispute, theme: theme, rows: rows, width: width,
                                  margin: m, rowHeight: rowH, top: top, axisY: axisY)
            try drawing.draw(title: title)
            let bytes = try canvas.finish()
            let info = TimelineInfo(title: title, altText: alt, format: format.rawValue, pagePoints: [width, height],
                                    pixels: [canvas.pixelWidth, canvas.pixelHeight], rows: rows.map(\.id))
            return (bytes, info)
        } catch let e as CanvasError {
            throw renderError(e)
        }
    }

    static func renderError(_ e: CanvasError) -> RenderError {
        switch e {
        case .cannotWrite: return .cannotWrite(e.description)
        case .invalidSize, .invalidArgument: return .badRequest(e.description)
        default: return .internalError(e.description)
        }
    }

    /// Incidents and events in date order (incidents first on the same day, then by id).
    static func rows(_ d: Dispute) -> [Row] {
        let numbers = Dictionary(uniqueKeysWithValues: d.incidents.enumerated().map { ($1.id, $0 + 1) })
        let all = d.incidents.map { Row(id: $0.id, date: $0.date, title: $0.title, parties: $0.parties, number: numbers[$0.id]) }
            + d.events.map { Row(id: $0.id, date: $0.date, title: $0.title, parties: $0.parties, number: nil) }
        return all.sorted { a, b in
            if a.date != b.date { return a.date < b.date }
            if (a.number == nil) != (b.number == nil) { return a.number != nil }
            return a.id < b.id
        }
    }

    /// "Timeline of …, from … to …: 6 incidents — …; 4 diplomatic events — …."
    static func altText(_ d: Dispute, rows: [Row]) -> String {
        guard let first = rows.first, let last = rows.max(by: { $0.date.end < $1.date.end }) else {
            return "Timeline of the \(d.title) dispute: no dated incidents or events."
        }
        func party(_ id: String) -> String { d.party(id)?.name ?? id }
        let incidents = rows.filter { $0.number != nil }
        let events = rows.filter { $0.number == nil }
        var s = "Timeline of the \(d.title) dispute from \(DateText.long(first.date)) to \(DateText.long(HistoricalDate(last.date.end.description) ?? last.date))."
        if !incidents.isEmpty {
            s += " \(incidents.count) incident\(incidents.count == 1 ? "" : "s"), coloured by the party named first: "
            s += incidents.map { "\($0.number!). \(DateText.long($0.date)), \($0.title)" + ($0.parties.first.map { " (\(party($0)))" } ?? "") }.joined(separator: "; ") + "."
        }
        if !events.isEmpty {
            s += " \(events.count) diplomatic event\(events.count == 1 ? "" : "s"): "
            s += events.map { "\(DateText.long($0.date)), \($0.title)" }.joined(separator: "; ") + "."
        }
        return s
    }

    /// The drawing state of one timeline.
    struct Drawing {
        let canvas: Canvas
        let dispute: Dispute
        let theme: Theme
        let rows: [Row]
        let width: Double
        let margin: Double
        let rowHeight: Double
        let top: Double
        let axisY: Double

        var axisX0: Double { margin + (width - 2 * margin) * 0.5 }
        var axisX1: Double { width - margin }

        func font(_ size: Double, bold: Bool = false, italic: Bool = false) -> Font {
            Font(size: size, weight: bold ? .bold : .regular, style: italic ? .italic : .normal)
        }

        /// The colour of a party: its claim colour by position in the dispute's party list.
        func color(_ party: String?) -> RGBA {
            guard let party, let i = dispute.parties.firstIndex(where: { $0.id == party }) else { return theme.mutedText }
            return theme.claimStyle(partyIndex: i).color
        }

        func draw(title: String) throws {
            let axis = TimeAxis(intervals: rows.map { ($0.date.start.daysSinceEpoch, $0.date.end.daysSinceEpoch) }, x0: axisX0 + 6, x1: axisX1 - 6)
            try canvas.group(id: "heading", title: "Title") {
                try canvas.drawText(title, at: Point(margin, 30), style: TextStyle(font: font(13, bold: true), color: theme.text))
                try canvas.drawText("Incidents numbered as on the maps, coloured by the party the data names first; open diamonds are diplomatic events.",
                                    at: Point(margin, 45), style: TextStyle(font: font(7.2), color: theme.mutedText))
            }
            try drawLegend(y: 63)
            try drawGrid(axis)
            // The date column is as wide as its widest date, so titles keep as much room as possible.
            let dateWidth = try rows.map { try canvas.measure(text: DateText.short($0.date), font: font(7.4)).logical.width }.max() ?? 0
            try canvas.group(id: "rows", title: "Incidents and events in date order") {
                for (i, row) in rows.enumerated() { try drawRow(row, index: i, axis: axis, dateWidth: dateWidth) }
            }
            try drawAxis(axis)
            try canvas.drawText("Dates as recorded in the dispute data (\(dispute.id)); sources for each row are listed in the atlas report.",
                                at: Point(margin, axisY + 34), style: TextStyle(font: font(6.2, italic: true), color: theme.mutedText))
        }

        func drawLegend(y: Double) throws {
            let named = Set(rows.compactMap { $0.number == nil ? nil : $0.parties.first })
            let parties = dispute.parties.filter { named.contains($0.id) }
            try canvas.group(id: "legend", title: "Legend") {
                var x = margin
                let style = TextStyle(font: font(7.2), color: theme.text, anchor: TextAnchor(.left, .middle))
                for p in parties {
                    try canvas.drawMarker(.circle, at: Point(x + 4, y), size: 8, fill: color(p.id), stroke: theme.halo, style: StrokeStyle(width: 0.6))
                    x = try canvas.drawText(p.name, at: Point(x + 11, y), style: style).maxX + 14
                }
                if rows.contains(where: { $0.number == nil }) {
                    try canvas.drawMarker(.diamond, at: Point(x + 4.5, y), size: 9, fill: theme.paper, stroke: theme.text, style: StrokeStyle(width: 1))
                    x = try canvas.drawText("diplomatic event", at: Point(x + 12, y), style: style).maxX + 14
                }
                try canvas.fill(Path.rect(Rect(x: x, y: y - 3.5, width: 16, height: 7)), .color(theme.mutedText))
                try canvas.drawText("several days", at: Point(x + 20, y), style: style)
            }
        }

        func drawGrid(_ axis: TimeAxis) throws {
            let y0 = top - 4, y1 = axisY
            try canvas.group(id: "grid", title: "Time grid") {
                for (i, _) in rows.enumerated() where i % 2 == 1 {
                    try canvas.fill(Path.rect(Rect(x: margin, y: top + Double(i) * rowHeight, width: width - 2 * margin, height: rowHeight)),
                                    .color(theme.graticule.withAlpha(0.12)))
                }
                for t in axis.ticks(spacing: TimelineFigure.tickSpacing) {
                    try canvas.stroke(Path.polyline([Point(t.x, y0), Point(t.x, y1)]), color: theme.graticule.withAlpha(0.5), style: StrokeStyle(width: 0.4))
                }
            }
        }

        func drawRow(_ row: Row, index: Int, axis: TimeAxis, dateWidth: Double) throws {
            let y = top + (Double(index) + 0.5) * rowHeight
            let fill = color(row.parties.first)
            try canvas.group(id: "row-\(row.id)", title: "\(row.date.raw): \(row.title)") {
                let left = TextStyle(font: font(7.4), color: theme.text, anchor: TextAnchor(.left, .middle))
                if let n = row.number {
                    try canvas.drawMarker(.circle, at: Point(margin + 6, y), size: 11, fill: theme.incident, stroke: theme.halo, style: StrokeStyle(width: 0.6))
                    try canvas.drawText(String(n), at: Point(margin + 6, y), style: TextStyle(font: font(6.2, bold: true), color: theme.incidentText, anchor: .center))
                } else {
                    try canvas.drawMarker(.diamond, at: Point(margin + 6, y), size: 9, fill: theme.paper, stroke: theme.text, style: StrokeStyle(width: 1))
                }
                let dateX = margin + 16
                try canvas.drawText(DateText.short(row.date), at: Point(dateX, y), style: left)
                let titleX = dateX + dateWidth + 9
                let titleStyle = TextStyle(font: font(7.4, italic: row.number == nil), color: theme.text, anchor: TextAnchor(.left, .middle))
                try canvas.drawText(try fit(row.title, width: axisX0 - titleX - 6, font: titleStyle.font), at: Point(titleX, y), style: titleStyle)
                try canvas.stroke(Path.polyline([Point(axisX0, y), Point(axisX1, y)]), color: theme.graticule.withAlpha(0.35),
                                  style: StrokeStyle(width: 0.4, dash: [1, 2]))
                guard let xs = axis.x(Double(row.date.start.daysSinceEpoch)),
                      let xe = axis.x(Double(row.date.end.daysSinceEpoch) + 1) else { return }
                let single = row.date.isSingleDay
                if row.number != nil {
                    if single {
                        try canvas.drawMarker(.circle, at: Point((xs + xe) / 2, y), size: 9, fill: fill, stroke: theme.halo, style: StrokeStyle(width: 0.8))
                    } else {
                        let w = max(9, xe - xs)
                        try canvas.fillAndStroke(rounded(Rect(x: (xs + xe) / 2 - w / 2, y: y - 4, width: w, height: 8)), fill: .color(fill),
                                                 stroke: theme.halo, style: StrokeStyle(width: 0.8))
                    }
                } else if single {
                    try canvas.drawMarker(.diamond, at: Point((xs + xe) / 2, y), size: 9, fill: theme.paper, stroke: theme.text, style: StrokeStyle(width: 1))
                } else {
                    let w = max(9, xe - xs)
                    try canvas.fillAndStroke(rounded(Rect(x: (xs + xe) / 2 - w / 2, y: y - 3, width: w, height: 6)), fill: .color(theme.paper),
                                             stroke: theme.text, style: StrokeStyle(width: 1))
                }
            }
        }

        func drawAxis(_ axis: TimeAxis) throws {
            try canvas.group(id: "axis", title: "Time axis") {
                let line = StrokeStyle(width: 0.8)
                for s in axis.segments {
                    try canvas.stroke(Path.polyline([Point(s.x0, axisY), Point(s.x1, axisY)]), color: theme.frame, style: line)
                }
                // A broken axis: two slanted strokes in each gap say "time omitted here".
                for (a, b) in zip(axis.segments, axis.segments.dropFirst()) {
                    let mid = (a.x1 + b.x0) / 2
                    for dx in [-2.5, 2.5] {
                        try canvas.stroke(Path.polyline([Point(mid + dx - 2, axisY + 4), Point(mid + dx + 2, axisY - 4)]), color: theme.frame, style: line)
                    }
                }
                let label = TextStyle(font: font(6.4), color: theme.mutedText, anchor: TextAnchor(.center, .top))
                var lastRight = -Double.infinity
                for t in axis.ticks(spacing: TimelineFigure.tickSpacing) {
                    try canvas.stroke(Path.polyline([Point(t.x, axisY), Point(t.x, axisY + 3)]), color: theme.frame, style: line)
                    let w = try canvas.measure(text: t.label, font: label.font).logical.width
                    // Skip a label that would touch its neighbour (uneven month lengths).
                    guard t.x - w / 2 > lastRight + 3 else { continue }
                    try canvas.drawText(t.label, at: Point(t.x, axisY + 5), style: label)
                    lastRight = t.x + w / 2
                }
            }
        }

        /// Shortens `text` with "…" until it fits `width` points.
        func fit(_ text: String, width: Double, font: Font) throws -> String {
            if try canvas.measure(text: text, font: font).logical.width <= width { return text }
            var chars = Array(text)
            while chars.count > 1 {
                chars.removeLast()
                let candidate = String(chars).trimmingTrailingSpaces + "…"
                if try canvas.measure(text: candidate, font: font).logical.width <= width { return candidate }
            }
            return "…"
        }

        /// A rectangle with round ends (a pill), for day ranges.
        func rounded(_ r: Rect) -> Path {
            let rad = min(r.height / 2, r.width / 2)
            let k = 0.5522847498307936 * rad
            var p = Path()
            p.move(to: Point(r.minX + rad, r.minY))
            p.line(to: Point(r.maxX - rad, r.minY))
            p.curve(to: Point(r.maxX, r.minY + rad), control1: Point(r.maxX - rad + k, r.minY), control2: Point(r.maxX, r.minY + rad - k))
            p.curve(to: Point(r.maxX - rad, r.maxY), control1: Point(r.maxX, r.minY + rad + k), control2: Point(r.maxX - rad + k, r.maxY))
            p.line(to: Point(r.minX + rad, r.maxY))
            p.curve(to: Point(r.minX, r.maxY - rad), control1: Point(r.minX + rad - k, r.maxY), control2: Point(r.minX, r.maxY - rad + k))
            p.curve(to: Point(r.minX + rad, r.minY), control1: Point(r.minX, r.minY + rad - k), control2: Point(r.minX + rad - k, r.minY))
            p.close()
            return p
        }
    }
}

extension String {
    /// The string without trailing spaces.
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
