import Canvas
import Foundation
import Gazetteer
import Projection

extension MapDrawing {
    /// Places drawn with a marker: hills, settlements, markers and points on the map.
    var markedPlaces: [Place] {
        dispute.places.filter { p in
            guard let c = p.coordinate, isOnMap(c) else { return false }
            return [.hill, .settlement, .marker, .point].contains(p.type)
        }
    }

    /// The place of the selected incident.
    var focusPlace: Place? { incident?.place.flatMap { dispute.place($0) } }

    /// Marker size in points by place type.
    func markerSize(_ p: Place) -> Double {
        switch p.type {
        case .hill: return 6.2 * layout.k
        case .settlement: return 4.6 * layout.k
        default: return 4.2 * layout.k
        }
    }

    func drawUncertainty() throws {
        let candidates = dispute.places.filter { p in
            guard p.certainty == .uncertain, let u = p.uncertaintyMeters, let c = p.coordinate, isOnMap(c) else { return false }
            // Circles smaller than a marker say nothing; those of areas (bays, districts) mislead.
            return u * transform.pointsPerMeter >= 5 * layout.k && [.hill, .settlement, .marker, .point].contains(p.type)
        }
        guard !candidates.isEmpty else { return }
        try canvas.group(id: "uncertainty", title: "Uncertain positions: circles of the stated uncertainty") {
            for p in candidates {
                let ring = (0...48).map { Geodesic.wgs84.direct(from: p.coordinate!, azimuthDegrees: Double($0) * 7.5, distanceMeters: p.uncertaintyMeters!) }
                let path = try path(ring, closed: true)
                let focused = p.id == focusPlace?.id
                if focused { try canvas.fill(path, .color(theme.uncertaintyFill)) }
                try canvas.stroke(path, color: theme.uncertaintyLine.withAlpha(focused ? 0.9 : 0.55),
                                  style: StrokeStyle(width: (focused ? 0.9 : 0.6) * layout.k, cap: .round, dash: [0.1 * layout.k, 2.2 * layout.k]))
            }
        }
    }

    func drawRelativeLocations() throws {
        for p in markedPlaces {
            guard let rel = p.relative, let anchor = dispute.place(rel.anchor), let a = anchor.coordinate, isOnMap(a), let c = p.coordinate else { continue }
            let from = try transform.point(a), to = try transform.point(c)
            try canvas.group(id: "relative-\(p.id)", title: "\(p.title): derived from \(anchor.title)") {
                try canvas.stroke(Path.polyline([from, to]), color: theme.mutedText,
                                  style: StrokeStyle(width: 0.7 * layout.k, cap: .round, dash: [3 * layout.k, 2 * layout.k]))
            }
            placer.index.insert(polyline: [Coordinate(x: from.x, y: from.y), Coordinate(x: to.x, y: to.y)], halfWidth: 1 * layout.k)
            let mid = Point(x: (from.x + to.x) / 2, y: (from.y + to.y) / 2)
            let text = words.relativePosition(words.distance(rel.distanceMeters), words.compassPoints[MapDrawing.compassIndex(rel.azimuthDegrees)], label(anchor))
            try requestLabel(id: "label-relative-\(p.id)", text: text, anchor: mid, offset: 3 * layout.k, priority: 3,
                             style: labelStyle(size: layout.smallSize, color: theme.mutedText, italic: true))
        }
    }

    /// The nearest of the 16 compass points to an azimuth, 0 = north, clockwise.
    static func compassIndex(_ azimuth: Double) -> Int {
        let a = (azimuth.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360)
        return Int((a / 22.5).rounded()) % 16
    }

    func drawPlaces() throws {
        let places = markedPlaces
        guard !places.isEmpty else { return }
        try canvas.group(id: "places", title: "Places") {
            for p in places {
                let at = try transform.point(p.coordinate!)
                let size = markerSize(p)
                let shape: MarkerShape, color: RGBA
                switch p.type {
                case .hill: (shape, color) = (.triangle, theme.hill)
                case .settlement: (shape, color) = (.circle, theme.settlement)
                default: (shape, color) = (.diamond, theme.marker)
                }
                try canvas.drawMarker(shape, at: at, size: size, fill: color, stroke: theme.halo, style: StrokeStyle(width: 0.6 * layout.k, join: .round))
                placer.index.insert(BoundingBox(minX: at.x - size / 2, minY: at.y - size / 2, maxX: at.x + size / 2, maxY: at.y + size / 2))
                info.places.append(p.id)
                var text = label(p)
                if let h = p.heightMeters, p.type == .hill { text += " \(Int(h.rounded())) \(words.metre)" }
                let priority = p.id == focusPlace?.id ? 0 : (p.type == .hill ? 1 : (p.type == .settlement ? 2 : 3))
                try requestLabel(id: "label-\(p.id)", text: text, anchor: at, offset: size / 2 + 2 * layout.k, priority: priority,
                                 style: labelStyle(bold: p.id == focusPlace?.id))
            }
        }
        // Water bodies given as points (bays, seas) are named without a marker.
        for p in dispute.places where [.bay, .sea].contains(p.type) {
            guard let c = p.coordinate, isOnMap(c) else { continue }
            try requestLabel(id: "label-\(p.id)", text: label(p), anchor: try transform.point(c), offset: 0, priority: 4,
                             style: labelStyle(color: theme.waterLine, italic: true), centered: true)
        }
    }

    /// Incident markers: numbered in date order, fanned out around a shared position with leader lines.
    func drawIncidents() throws {
        var groups: [String: [Incident]] = [:]
        var order: [String] = []
        for i in dispute.incidents {
            guard let c = i.coordinate else { continue }
            guard isOnMap(c) else { info.incidentsOffMap.append(i.id); continue }
            let key = "\((c.lon * 1e5).rounded()),\((c.lat * 1e5).rounded())"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(i)
        }
        guard !order.isEmpty else { return }
        try canvas.group(id: "incidents", title: "Incidents, numbered in date order") {
            for key in order {
                let members = groups[key]!
                let at = try transform.point(members[0].coordinate!)
                let n = members.count
                // Fan out to the right of the place marker, like callouts, far enough apart that the
                // largest marker of the group (the highlighted one with its ring) touches no neighbour.
                let step = n == 1 ? 0 : min(42.0, 170 / Double(n - 1))
                let widest = members.contains { $0.id == incident?.id } ? 15.6 * layout.k : 9.2 * layout.k
                let spread = n == 1 ? 0 : (widest + 1.5 * layout.k) / (2 * sin(step / 2 * .pi / 180))
                let distance = max(11 * layout.k, spread)
                for (k, i) in members.enumerated() {
                    let selected = i.id == incident?.id
                    let r = (selected ? 6.2 : 4.6) * layout.k
                    let angle = (-75.0 + (n == 1 ? 30 : Double(k) * step)) * .pi / 180
                    let center = Point(x: at.x + cos(angle) * distance, y: at.y + sin(angle) * distance)
                    try canvas.stroke(Path.polyline([at, center]), color: theme.incident.withAlpha(0.8), style: StrokeStyle(width: 0.6 * layout.k))
                    if selected {
                        try canvas.drawMarker(.circle, at: center, size: 2 * r + 3.2 * layout.k, fill: theme.highlight, stroke: theme.incident,
                                              style: StrokeStyle(width: 0.5 * layout.k))
                    }
                    try canvas.drawMarker(.circle, at: center, size: 2 * r, fill: theme.incident, stroke: theme.halo, style: StrokeStyle(width: 0.7 * layout.k))
                    let number = String(incidentNumbers[i.id] ?? 0)
                    _ = try canvas.drawText(number, at: center, style: TextStyle(font: font((selected ? 7.4 : 6) * layout.k, bold: true),
                                                                                 color: theme.incidentText, anchor: .center))
                    let reach = r + (selected ? 1.6 * layout.k : 0.4 * layout.k)
                    placer.index.insert(BoundingBox(minX: center.x - reach, minY: center.y - reach, maxX: center.x + reach, maxY: center.y + reach))
                    info.incidents.append(i.id)
                    info.incidentMarkers[i.id] = [center.x, center.y]
                }
            }
        }
    }

    /// Draws the labels that found room; reports the rest.
    func drawLabels() throws {
        try measureLabels()
        let result = placer.place(labelRequests)
        var timer = PhaseTimer()
        try canvas.group(id: "labels", title: "Labels") {
            for placed in result.placed {
                defer { timer.lap("label \(placed.request.id)") }
                guard let (text, style) = labelStyles[placed.request.id] else { continue }
                let box = placed.box
                _ = try canvas.drawText(text, at: Point(x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2), style: style)
                info.labels.append(MapInfo.Label(id: placed.request.id, text: text,
                                                 box: [box.minX, box.minY, box.width, box.height].map { ($0 * 100).rounded() / 100 }))
            }
        }
        timer.report()
        info.droppedLabels = result.dropped.map(\.id)
    }
}
