import Canvas
import Foundation
import Gazetteer
import Projection

extension MapDrawing {
    /// The document layer of `render --text`: relative positions with their uncertainty, the places
    /// the document names as circles whose area grows with the mentions, rings on supported incidents.
    func drawDocumentLayer() throws {
        guard let layer = request.documentLayer else { return }
        let k = layout.k
        try canvas.group(id: "document", title: "Places named in \(layer.title), sized by mentions") {
            for (n, r) in layer.relative.enumerated() where isOnMap(r.coordinate) {
                let ring = (0...48).map { Geodesic.wgs84.direct(from: r.coordinate, azimuthDegrees: Double($0) * 7.5, distanceMeters: r.uncertaintyMeters) }
                try canvas.fillAndStroke(try path(ring, closed: true), fill: .color(theme.uncertaintyFill), stroke: theme.uncertaintyLine,
                                         style: StrokeStyle(width: 0.7 * k, cap: .round, dash: [2 * k, 1.5 * k]))
                let to = try transform.point(r.coordinate)
                if isOnMap(r.anchor) {
                    try canvas.stroke(Path.polyline([try transform.point(r.anchor), to]), color: theme.mutedText,
                                      style: StrokeStyle(width: 0.7 * k, cap: .round, dash: [3 * k, 2 * k]))
                }
                try canvas.drawMarker(.square, at: to, size: 4 * k, fill: theme.text, stroke: theme.halo, style: StrokeStyle(width: 0.5 * k))
                let text = r.text.count > 44 ? String(r.text.prefix(43)) + "…" : r.text
                try requestLabel(id: "label-document-relative-\(n)", text: text, anchor: to, offset: 4 * k, priority: 3,
                                 style: labelStyle(size: layout.smallSize, color: theme.mutedText, italic: true))
            }
            for p in layer.places where isOnMap(p.coordinate) {
                let at = try transform.point(p.coordinate)
                let radius = (3.5 + 2.2 * Double(p.count).squareRoot()) * k
                try canvas.fillAndStroke(Path.circle(center: at, radius: radius), fill: .color(theme.highlight.withAlpha(0.42)),
                                         stroke: theme.incident.withAlpha(0.75), style: StrokeStyle(width: 0.6 * k))
                try requestLabel(id: "label-document-count-\(p.id)", text: "×\(p.count)", anchor: Point(x: at.x + radius * 0.7, y: at.y - radius * 0.7),
                                 offset: 1.5 * k, priority: 3, style: labelStyle(size: layout.smallSize, color: theme.mutedText))
            }
            for id in layer.incidents {
                guard let m = info.incidentMarkers[id] else { continue }
                try canvas.stroke(Path.circle(center: Point(x: m[0], y: m[1]), radius: 8.5 * k), color: theme.incident,
                                  style: StrokeStyle(width: 1.1 * k))
            }
        }
    }
}
