import Canvas
import Gazetteer

extension MapDrawing {
    /// The smaller side of the view on the ground, metres.
    var viewSize: Double { min(transform.extent.width, transform.extent.height) }

    /// Basemap features whose bounding box meets the frame.
    var basemapInView: [BasemapFeature] {
        dispute.basemap.filter { $0.geometry.boundingBox.map { $0.intersects(geoBounds) || geoBounds.contains($0.center) } ?? false }
    }

    /// Present-day borders drawn on this map (their data is accurate enough at this scale).
    var drawnBorders: [BasemapFeature] {
        let usable = basemapInView.filter { $0.layer == .border && ($0.accuracyMeters ?? 0) <= 0.15 * viewSize }
        let local = usable.filter { $0.scale != "regional" }
        return local.isEmpty ? usable : local
    }

    /// Present-day borders in view that were left out because their data is too coarse for this scale.
    var suppressedBorders: [BasemapFeature] {
        basemapInView.filter { $0.layer == .border } .filter { b in !drawnBorders.contains(b) }
    }

    /// A GeoJSON geometry as a page path (rings closed, holes kept).
    func path(_ g: GeoJSONGeometry) throws -> Path {
        var p = Path()
        switch g {
        case .point, .multiPoint: break
        case .lineString(let cs): p.append(try path(cs))
        case .multiLineString(let ls): for l in ls { p.append(try path(l)) }
        case .polygon(let rings): for r in rings { p.append(try path(r, closed: true)) }
        case .multiPolygon(let ps): for rings in ps { for r in rings { p.append(try path(r, closed: true)) } }
        }
        return p
    }

    func drawBasemap() throws {
        let inView = basemapInView
        try canvas.group(id: "basemap", title: "Basemap: land, water, rivers, present-day borders") {
            try canvas.fill(Path.rect(layout.frame), .color(theme.land))
            // Coarse regional polygons first, the detailed local ones over them.
            for layer in [BasemapFeature.Layer.sea, .land] {
                for regional in [true, false] {
                    for f in inView where f.layer == layer && (f.scale == "regional") == regional {
                        try canvas.fill(try path(f.geometry), .color(layer == .sea ? theme.sea : theme.land), rule: .evenOdd)
                        info.basemap.append(f.id ?? layer.rawValue)
                    }
                }
            }
            let lines: [(BasemapFeature.Layer, RGBA, Double)] = [(.coast, theme.coast, 0.6), (.river, theme.waterLine, 1.0)]
            for (layer, color, width) in lines {
                let local = inView.filter { $0.layer == layer && $0.scale != "regional" }
                let chosen = local.isEmpty ? inView.filter { $0.layer == layer } : local
                for f in chosen where layer != .river || (f.accuracyMeters ?? 0) <= 0.3 * viewSize {
                    try canvas.stroke(try path(f.geometry), color: color, style: StrokeStyle(width: width * layout.k, cap: .round, join: .round))
                    info.basemap.append(f.id ?? layer.rawValue)
                }
            }
            for f in inView where f.layer == .lake {
                try canvas.fillAndStroke(try path(f.geometry), fill: .color(theme.water), rule: .evenOdd,
                                         stroke: theme.waterLine, style: StrokeStyle(width: 0.6 * layout.k, join: .round))
                info.basemap.append(f.id ?? "lake")
                if let pid = f.place, let place = dispute.place(pid), let c = place.coordinate, isOnMap(c) {
                    try requestLabel(id: "label-\(pid)", text: label(place), anchor: try transform.point(c), offset: 0, priority: 2,
                                     style: labelStyle(color: theme.waterLine.withAlpha(1), italic: true), centered: true)
                }
            }
            for f in drawnBorders {
                try canvas.stroke(try path(f.geometry), color: theme.modernBorder,
                                  style: StrokeStyle(width: 0.9 * layout.k, cap: .butt, join: .round, dash: theme.modernBorderDash.map { $0 * layout.k }))
                info.basemap.append(f.id ?? "border")
            }
        }
    }
}
