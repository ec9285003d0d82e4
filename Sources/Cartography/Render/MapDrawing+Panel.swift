import Canvas
import Foundation
import Gazetteer
import Projection

extension MapDrawing {
    /// Breaks text into lines no wider than `width` at a font (at spaces and between CJK characters).
    func wrap(_ text: String, font: Font, width: Double) throws -> [String] {
        let key = WrapKey(text: text, font: font, width: width)
        if let lines = wrapped[key] { return lines }
        let lines = try LineBreaking.lines(text, width: width) { try canvas.measure(text: $0, font: font).logical.width }
        wrapped[key] = lines
        return lines
    }

    func drawPanel() throws {
        let panel = layout.panel
        let insetHeight = min(panel.width * 0.56, panel.height * 0.27)
        let inset = Rect(x: panel.minX, y: panel.minY, width: panel.width, height: insetHeight)
        // No context data, no locator map: an empty box would only take the legend's room.
        if dispute.basemap.contains(where: { [.land, .sea, .coast, .border].contains($0.layer) }) {
            try drawInset(in: inset)
            try drawLegend(top: inset.maxY + 8 * layout.k)
        } else {
            try drawLegend(top: panel.minY)
        }
    }

    /// A locator map of the region with this map's frame outlined.
    func drawInset(in box: Rect) throws {
        let center = transform.projection.center
        let projection = try LocalProjection(center: center)
        let half = max(120_000, 4 * max(transform.extent.width, transform.extent.height))
        let extent = try ViewFraming.extent(of: [center], margin: half, projection: projection, aspect: box.width / box.height)
        let t = MapTransform(projection: projection, extent: extent, frame: box)
        let bounds = try t.geographicBounds()
        let features = dispute.basemap.filter { $0.geometry.boundingBox?.intersects(bounds) ?? false }
        let regional = features.filter { $0.scale == "regional" }
        let chosen = regional.isEmpty ? features : regional
        func path(_ g: GeoJSONGeometry) throws -> Path {
            var p = Path()
            func add(_ cs: [Coordinate], _ closed: Bool) throws {
                let pts = try t.points(cs)
                if closed { p.addRing(pts) } else { p.addPolyline(pts) }
            }
            switch g {
            case .lineString(let cs): try add(cs, false)
            case .multiLineString(let ls): for l in ls { try add(l, false) }
            case .polygon(let rs): for r in rs { try add(r, true) }
            case .multiPolygon(let ps): for rs in ps { for r in rs { try add(r, true) } }
            default: break
            }
            return p
        }
        try canvas.group(id: "inset", title: "Locator map of the region, with this map's frame") {
            try canvas.save()
            try canvas.clip(to: box)
            try canvas.fill(Path.rect(box), .color(theme.land))
            for layer in [BasemapFeature.Layer.sea, .land, .lake] {
                for f in chosen where f.layer == layer {
                    try canvas.fill(try path(f.geometry), .color(layer == .land ? theme.land : (layer == .sea ? theme.sea : theme.water)), rule: .evenOdd)
                }
            }
            for f in chosen where f.layer == .coast {
                try canvas.stroke(try path(f.geometry), color: theme.coast, style: StrokeStyle(width: 0.4 * layout.k, join: .round))
            }
            for f in chosen where f.layer == .border {
                try canvas.stroke(try path(f.geometry), color: theme.modernBorder, style: StrokeStyle(width: 0.6 * layout.k, join: .round, dash: [2 * layout.k, 1 * layout.k]))
            }
            // This map's frame: a rectangle, or a ringed dot when it is too small to see.
            let corners = try transform.geographicBounds()
            let frameRing = [Coordinate(x: corners.minX, y: corners.minY), Coordinate(x: corners.maxX, y: corners.minY),
                             Coordinate(x: corners.maxX, y: corners.maxY), Coordinate(x: corners.minX, y: corners.maxY)]
            let pts = try t.points(frameRing)
            let pbox = BoundingBox(covering: pts.map { Coordinate(x: $0.x, y: $0.y) })!
            if pbox.width < 5 * layout.k {
                let c = Point(x: pbox.center.x, y: pbox.center.y)
                try canvas.drawMarker(.square, at: c, size: 3 * layout.k, fill: theme.frame)
                try canvas.stroke(Path.circle(center: c, radius: 6 * layout.k), color: theme.frame, style: StrokeStyle(width: 1 * layout.k))
            } else {
                try canvas.stroke(Path.polygon(pts), color: theme.frame, style: StrokeStyle(width: 1.3 * layout.k, join: .miter))
            }
            // A few well-located towns for orientation.
            var insetPlacer = LabelPlacer(frame: BoundingBox(minX: box.minX + 1, minY: box.minY + 1, maxX: box.maxX - 1, maxY: box.maxY - 1), cellSize: 16 * layout.k)
            insetPlacer.index.insert(pbox.expanded(dx: 7 * layout.k, dy: 7 * layout.k))
            let towns = dispute.places.filter { $0.type == .settlement && $0.certainty == .certain && ($0.coordinate.map { bounds.contains($0) } ?? false) }
            let style = TextStyle(font: font(5.2 * layout.k), color: theme.text, halo: Halo(color: theme.halo, radius: 0.9 * layout.k), anchor: .center)
            var requests: [LabelRequest] = []
            for (n, town) in towns.enumerated() {
                let p = try t.point(town.coordinate!)
                guard box.insetBy(3 * layout.k).contains(p) else { continue }
                let e = try canvas.measure(text: label(town), font: style.font)
                requests.append(LabelRequest(id: town.id, text: label(town), priority: n, anchor: Coordinate(x: p.x, y: p.y),
                                             offset: 2.5 * layout.k, width: e.logical.width + 2 * layout.k, height: e.logical.height))
            }
            let placed = insetPlacer.place(Array(requests.prefix(5))).placed
            for l in placed {
                try canvas.drawMarker(.circle, at: Point(x: l.request.anchor.x, y: l.request.anchor.y), size: 2.2 * layout.k, fill: theme.settlement)
                _ = try canvas.drawText(l.request.text, at: Point(x: (l.box.minX + l.box.maxX) / 2, y: (l.box.minY + l.box.maxY) / 2), style: style)
            }
            try canvas.restore()
            try canvas.stroke(Path.rect(box), color: theme.frame, style: StrokeStyle(width: 0.7 * layout.k))
        }
    }

    /// One legend row: a symbol drawn in the real style, then text.
    private enum Symbol {
        case line(RGBA, Double, [Double], Double)
        case area(Paint, Hatch?, RGBA?)
        case marker(MarkerShape, RGBA, Double)
        case dottedCircle
        case incident(Bool)
        case dashed(RGBA)
    }

    func drawLegend(top: Double) throws {
        var rows: [(Symbol, String)] = []
        for (claim, style) in claimsWithStyle where info.claims.contains(claim.id) {
            let look = appearance(of: claim, style: style)
            rows.append((.line(look.color, look.width, look.dash, look.opacity), legendText(of: claim)))
        }
        if dispute.claims.count >= 2, info.claims.count >= 2 {
            rows.append((.area(.color(theme.disputedFill), disputedHatch, nil), disputedLegendText))
        }
        if !drawnBorders.isEmpty {
            rows.append((.line(theme.modernBorder, 0.9 * layout.k, theme.modernBorderDash.map { $0 * layout.k }, 1), words.presentDayBorder(words.distance(drawnBorders.compactMap(\.accuracyMeters).max() ?? 0))))
        }
        if info.basemap.contains(where: { id in dispute.basemap.contains { ($0.id ?? "") == id && $0.layer == .lake } }) {
            rows.append((.area(.color(theme.water), nil, theme.waterLine), words.lake))
        }
        if info.basemap.contains(where: { id in dispute.basemap.contains { ($0.id ?? "") == id && $0.layer == .river } }) {
            rows.append((.line(theme.waterLine, 1.0 * layout.k, [], 1), words.river))
        }
        let drawn = Set(info.places)
        let placeTypes = dispute.places.filter { drawn.contains($0.id) }.map(\.type)
        if placeTypes.contains(.hill) { rows.append((.marker(.triangle, theme.hill, 6.2 * layout.k), words.hill)) }
        if placeTypes.contains(.settlement) { rows.append((.marker(.circle, theme.settlement, 4.6 * layout.k), words.settlement)) }
        if placeTypes.contains(where: { [.marker, .point].contains($0) }) { rows.append((.marker(.diamond, theme.marker, 4.2 * layout.k), words.marker)) }
        if dispute.places.contains(where: { drawn.contains($0.id) && $0.certainty == .uncertain && $0.uncertaintyMeters != nil }) {
            rows.append((.dottedCircle, words.estimatedPosition))
        }
        if dispute.places.contains(where: { drawn.contains($0.id) && $0.relative != nil && dispute.place($0.relative!.anchor).flatMap(\.coordinate).map(isOnMap) == true }) {
            rows.append((.dashed(theme.mutedText), words.derivedPosition))
        }
        if !info.incidents.isEmpty { rows.append((.incident(false), words.incident)) }
        if incident != nil { rows.append((.incident(true), words.thisMapsIncident)) }

        // The legend and the incident key share the panel below the inset. When they do not fit
        // (a longer language, many incidents), their type shrinks step by step, down to about
        // three quarters, before anything is left out: a numbered marker or a symbol on the map
        // without its explanation is worse than smaller type.
        var scale = Self.panelScales.last!
        for s in Self.panelScales {
            let legendEnd = try drawLegendRows(rows, top: top, scale: s, draw: false)
            if legendEnd.omitted == 0, try drawIncidentKey(top: legendEnd.y + 3 * layout.k, scale: s, draw: false) == 0 {
                scale = s
                break
            }
        }
        let legendEnd = try canvas.group(id: "legend", title: "Legend") { try drawLegendRows(rows, top: top, scale: scale, draw: true) }
        info.unlistedLegendRows = legendEnd.omitted == 0 ? nil : rows.suffix(legendEnd.omitted).map(\.1)
        try drawIncidentKey(top: legendEnd.y + 3 * layout.k, scale: scale, draw: true)
    }

    /// The type sizes the panel tries, largest first (fractions of the layout's legend size).
    static let panelScales: [Double] = [1, 0.94, 0.88, 0.82, 0.76]

    /// Lays out (and with `draw`, draws) the legend's heading and rows from `top` with its type
    /// at `scale`; returns where it ended and how many rows found no room.
    private func drawLegendRows(_ rows: [(Symbol, String)], top: Double, scale: Double, draw: Bool) throws -> (y: Double, omitted: Int) {
        let panel = layout.panel
        let size = layout.legendSize * scale
        let legendFont = font(size)
        let symbolWidth = 20 * layout.k, gap = 4 * layout.k
        let textWidth = panel.width - symbolWidth - gap
        let lineHeight = size * 1.25
        var y = top
        if draw { _ = try canvas.drawText(words.legend, at: Point(x: panel.minX, y: y), style: TextStyle(font: font(size * 1.1, bold: true), color: theme.text, anchor: TextAnchor(.left, .top))) }
        y += size * 1.7
        for (index, (symbol, text)) in rows.enumerated() {
            let lines = try wrap(text, font: legendFont, width: textWidth)
            let textHeight = lineHeight * Double(lines.count)
            // A symbol taller than its text (the highlighted incident's ring) gets a taller row,
            // with the text centred on it, so it does not reach into the rows around it.
            let symbolHeight = self.symbolHeight(symbol)
            let rowHeight = max(textHeight, symbolHeight)
            guard y + rowHeight <= panel.maxY else { return (y, rows.count - index) }
            if draw {
                let textTop = symbolHeight > textHeight ? y + (rowHeight - textHeight) / 2 : y
                let mid = Point(x: panel.minX + symbolWidth / 2,
                                y: symbolHeight > textHeight ? y + rowHeight / 2 : y + min(rowHeight, lineHeight * 1.2) / 2)
                try drawSymbol(symbol, at: mid, width: symbolWidth)
                for (i, line) in lines.enumerated() {
                    _ = try canvas.drawText(line, at: Point(x: panel.minX + symbolWidth + gap, y: textTop + Double(i) * lineHeight),
                                            style: TextStyle(font: legendFont, color: theme.text, anchor: TextAnchor(.left, .top)))
                }
            }
            y += rowHeight + 1.4 * layout.k
        }
        return (y, 0)
    }

    /// The height a legend symbol needs, with a little air (page units).
    private func symbolHeight(_ symbol: Symbol) -> Double {
        switch symbol {
        case .incident(true): return 17 * layout.k
        case .incident(false): return 10 * layout.k
        case .dottedCircle: return 10 * layout.k
        default: return 8 * layout.k
        }
    }

    private func drawSymbol(_ symbol: Symbol, at c: Point, width: Double) throws {
        let half = width / 2 - 1 * layout.k
        switch symbol {
        case let .line(color, w, dash, opacity):
            let p = Path.polyline([Point(x: c.x - half, y: c.y), Point(x: c.x + half, y: c.y)])
            try canvas.stroke(p, color: color.withAlpha(color.alpha * opacity), style: StrokeStyle(width: w, cap: .butt, dash: dash))
        case let .area(paint, hatch, outline):
            let r = Rect(x: c.x - half, y: c.y - 4 * layout.k, width: 2 * half, height: 8 * layout.k)
            try canvas.fill(Path.rect(r), paint)
            if let hatch { try fillHatch(Path.rect(r), hatch) }
            try canvas.stroke(Path.rect(r), color: outline ?? theme.mutedText, style: StrokeStyle(width: 0.4 * layout.k))
        case let .marker(shape, color, size):
            try canvas.drawMarker(shape, at: c, size: size, fill: color, stroke: theme.halo, style: StrokeStyle(width: 0.6 * layout.k))
        case .dottedCircle:
            try canvas.stroke(Path.circle(center: c, radius: 4.5 * layout.k), color: theme.uncertaintyLine,
                              style: StrokeStyle(width: 0.7 * layout.k, cap: .round, dash: [0.1 * layout.k, 1.8 * layout.k]))
            try canvas.drawMarker(.triangle, at: c, size: 4 * layout.k, fill: theme.hill)
        case let .incident(selected):
            if selected { try canvas.drawMarker(.circle, at: c, size: 15.6 * layout.k, fill: theme.highlight, stroke: theme.incident, style: StrokeStyle(width: 0.5 * layout.k)) }
            try canvas.drawMarker(.circle, at: c, size: (selected ? 12.4 : 9.2) * layout.k, fill: theme.incident, stroke: theme.halo, style: StrokeStyle(width: 0.7 * layout.k))
            _ = try canvas.drawText(selected ? String(incidentNumbers[incident!.id] ?? 0) : "1", at: c,
                                    style: TextStyle(font: font((selected ? 7.4 : 6) * layout.k, bold: true), color: theme.incidentText, anchor: .center))
        case let .dashed(color):
            try canvas.stroke(Path.polyline([Point(x: c.x - half, y: c.y), Point(x: c.x + half, y: c.y)]), color: color,
                              style: StrokeStyle(width: 0.7 * layout.k, dash: [3 * layout.k, 2 * layout.k]))
        }
    }

    /// Lays out (and with `draw`, draws) the numbered list of incidents from `top`, type at
    /// `scale`: date and title; this map's incident in bold, those off the map marked. Returns
    /// how many incidents found no room; when drawing, a last line says how many, and their ids
    /// go to `info.unlistedIncidents`.
    @discardableResult
    func drawIncidentKey(top: Double, scale: Double, draw: Bool) throws -> Int {
        guard !dispute.incidents.isEmpty else { return 0 }
        let panel = layout.panel
        let size = layout.legendSize * 0.9 * scale
        let lineHeight = size * 1.25
        let headingHeight = layout.legendSize * scale * 1.6
        guard top + headingHeight + lineHeight <= panel.maxY else {
            if draw { info.unlistedIncidents = dispute.incidents.map(\.id) }
            return dispute.incidents.count
        }
        guard draw else { return try incidentKeyEntries(top: top + headingHeight, size: size, draw: false) }
        info.unlistedIncidents = nil
        return try canvas.group(id: "incident-key", title: "Incidents in date order") {
            _ = try canvas.drawText(words.incidents, at: Point(x: panel.minX, y: top), style: TextStyle(font: font(layout.legendSize * scale * 1.1, bold: true), color: theme.text, anchor: TextAnchor(.left, .top)))
            return try incidentKeyEntries(top: top + headingHeight, size: size, draw: true)
        }
    }

    /// The incident key's entries at type `size` from `top`; when one does not fit, the rest are
    /// counted on a last line instead (see `drawIncidentKey`). Returns how many were left out.
    private func incidentKeyEntries(top: Double, size: Double, draw: Bool) throws -> Int {
        let panel = layout.panel
        let lineHeight = size * 1.25
        let numberWidth = 9 * layout.k
        var y = top
        for (index, i) in dispute.incidents.enumerated() {
            let selected = i.id == incident?.id
            let off = info.incidentsOffMap.contains(i.id)
            let f = font(size, bold: selected)
            let text = "\(MapText.shortDate(i.date, lang: request.lang)) · \(i.title(in: request.lang))" + (off ? words.offThisMap : "")
            let lines = try wrap(text, font: f, width: panel.width - numberWidth)
            let height = lineHeight * Double(lines.count)
            let remaining = dispute.incidents.count - index
            // Every entry but the last must leave a line free for the count of those after it.
            guard y + height + (remaining > 1 ? lineHeight : 0) <= panel.maxY else {
                if draw {
                    info.unlistedIncidents = dispute.incidents[index...].map(\.id)
                    _ = try canvas.drawText(words.moreIncidents(remaining), at: Point(x: panel.minX, y: y),
                                            style: TextStyle(font: font(size, italic: true), color: theme.mutedText, anchor: TextAnchor(.left, .top)))
                }
                return remaining
            }
            if draw {
                let color = off ? theme.mutedText : theme.text
                _ = try canvas.drawText("\(incidentNumbers[i.id] ?? 0)", at: Point(x: panel.minX, y: y), style: TextStyle(font: font(size, bold: true), color: color, anchor: TextAnchor(.left, .top)))
                for (n, line) in lines.enumerated() {
                    _ = try canvas.drawText(line, at: Point(x: panel.minX + numberWidth, y: y + Double(n) * lineHeight), style: TextStyle(font: f, color: color, anchor: TextAnchor(.left, .top)))
                }
            }
            y += height + 1.5 * layout.k
        }
        return 0
    }

    func drawTitleAndSources() throws {
        try canvas.group(id: "title", title: info.title) {
            _ = try canvas.drawText(info.title, at: layout.titleBaseline, style: TextStyle(font: font(layout.titleSize, bold: true), color: theme.text))
            _ = try canvas.drawText(info.subtitle, at: layout.subtitleBaseline, style: TextStyle(font: font(layout.subtitleSize), color: theme.mutedText))
        }
        let line = sourcesLine()
        info.sourcesLine = line
        let f = font(layout.sourcesSize)
        let lines = try wrap(line, font: f, width: layout.sources.width)
        let maxLines = max(1, Int(layout.sources.height / (layout.sourcesSize * 1.25)))
        try canvas.group(id: "sources", title: "Sources") {
            for (i, l) in lines.prefix(maxLines).enumerated() {
                let text = (i == maxLines - 1 && lines.count > maxLines) ? l + " …" : l
                _ = try canvas.drawText(text, at: Point(x: layout.sources.minX, y: layout.sources.minY + Double(i) * layout.sourcesSize * 1.25),
                                        style: TextStyle(font: f, color: theme.mutedText, anchor: TextAnchor(.left, .top)))
            }
        }
    }

    /// "Sources: …. Basemap: …. Caveats." from the citations of what is drawn.
    func sourcesLine() -> String {
        var cited: [String] = []
        func cite(_ cs: [Citation]) { for c in cs where !cited.contains(c.source) { cited.append(c.source) } }
        for c in dispute.claims where info.claims.contains(c.id) { cite(c.citations) }
        if let incident { cite(incident.citations) } else { for i in dispute.incidents where info.incidents.contains(i.id) { cite(i.citations) } }
        let documents = cited.compactMap { dispute.source($0) }.filter { $0.kind == .document }
        let references = cited.compactMap { dispute.source($0) }.filter { $0.kind == .reference }
        var datasets: [Source] = []
        for id in info.basemap {
            guard let f = dispute.basemap.first(where: { ($0.id ?? "") == id }), let s = f.source.flatMap({ dispute.source($0) }), s.kind == .dataset else { continue }
            if !datasets.contains(s) { datasets.append(s) }
        }
        info.sources = (documents + references + datasets).map(\.id)
        let w = words
        var parts: [String] = []
        if !documents.isEmpty {
            parts.append(w.sources + documents.map { d in d.archive.map { "\(d.title) (\($0))" } ?? d.title }.joined(separator: w.listSeparator)
                         + (references.isEmpty ? "" : w.referenceWorks(references.count)))
        } else if !references.isEmpty {
            parts.append(w.sources + references.prefix(3).map(\.title).joined(separator: w.listSeparator))
        }
        if !datasets.isEmpty {
            let names = datasets.map { ($0.attribution ?? $0.title).trimmingCharacters(in: CharacterSet(charactersIn: ". ")) }
            parts.append(w.basemap + names.joined(separator: w.listSeparator))
        }
        var caveats: [String] = []
        if dispute.claims.contains(where: { info.claims.contains($0.id) && $0.schematic }) { caveats.append(w.schematicCaveat) }
        let estimated = dispute.places.filter { info.places.contains($0.id) && $0.certainty == .uncertain }
        if let u = estimated.compactMap(\.uncertaintyMeters).max() { caveats.append(w.estimatesCaveat(w.distance(u))) }
        if !suppressedBorders.isEmpty, drawnBorders.isEmpty {
            caveats.append(w.bordersNotDrawn(w.distance(suppressedBorders.compactMap(\.accuracyMeters).min() ?? 0)))
        }
        if !caveats.isEmpty { parts.append(w.clauses(caveats)) }
        parts.append(w.madeWith)
        return w.sentences(parts)
    }
}
