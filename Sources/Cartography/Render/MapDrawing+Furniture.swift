import Canvas
import Foundation
import Gazetteer
import Projection

extension MapDrawing {
    /// Graticule values for the frame: a round step giving at most five lines each way.
    var graticule: (lons: [Double], lats: [Double]) {
        let step = GraticuleMath.step(span: max(geoBounds.width, geoBounds.height), maxLines: 5)
        return (GraticuleMath.values(from: geoBounds.minX, to: geoBounds.maxX, step: step),
                GraticuleMath.values(from: geoBounds.minY, to: geoBounds.maxY, step: step))
    }

    private func meridian(_ lon: Double) throws -> [Point] {
        try transform.points((0...32).map { Coordinate(lon: lon, lat: geoBounds.minY + geoBounds.height * Double($0) / 32) })
    }

    private func parallel(_ lat: Double) throws -> [Point] {
        try transform.points((0...32).map { Coordinate(lon: geoBounds.minX + geoBounds.width * Double($0) / 32, lat: lat) })
    }

    func drawGraticuleLines() throws {
        let g = graticule
        try canvas.group(id: "graticule", title: "Graticule") {
            for lon in g.lons { try canvas.stroke(Path.polyline(try meridian(lon)), color: theme.graticule, style: StrokeStyle(width: 0.4 * layout.k)) }
            for lat in g.lats { try canvas.stroke(Path.polyline(try parallel(lat)), color: theme.graticule, style: StrokeStyle(width: 0.4 * layout.k)) }
        }
    }

    /// Where a polyline crosses a horizontal (y) or vertical (x) line, first crossing.
    private func crossing(_ pts: [Point], y: Double? = nil, x: Double? = nil) -> Point? {
        // Indices, not zip(pts, pts.dropFirst()): the zip's iterator type is instantiated at run
        // time, and its Sequence requirements are checked by scanning every conformance record.
        for i in pts.indices.dropFirst() {
            let a = pts[i - 1], b = pts[i]
            if let y, (a.y - y) * (b.y - y) <= 0, a.y != b.y {
                let t = (y - a.y) / (b.y - a.y)
                return Point(x: a.x + t * (b.x - a.x), y: y)
            }
            if let x, (a.x - x) * (b.x - x) <= 0, a.x != b.x {
                let t = (x - a.x) / (b.x - a.x)
                return Point(x: x, y: a.y + t * (b.y - a.y))
            }
        }
        return nil
    }

    func drawFrameAndGraticuleLabels() throws {
        let f = layout.frame
        try canvas.stroke(Path.rect(f), color: theme.frame, style: StrokeStyle(width: 0.8 * layout.k))
        let g = graticule
        let style = TextStyle(font: font(layout.smallSize), color: theme.mutedText, anchor: TextAnchor(.center, .top))
        try canvas.group(id: "graticule-labels", title: "Graticule labels") {
            for lon in g.lons {
                guard let p = crossing(try meridian(lon), y: f.maxY), p.x > f.minX + 12 * layout.k, p.x < f.maxX - 12 * layout.k else { continue }
                try canvas.stroke(Path.polyline([Point(x: p.x, y: f.maxY), Point(x: p.x, y: f.maxY + 2.5 * layout.k)]), color: theme.frame, style: StrokeStyle(width: 0.6 * layout.k))
                _ = try canvas.drawText(GraticuleMath.label(lon, isLongitude: true), at: Point(x: p.x, y: f.maxY + 3.5 * layout.k), style: style)
            }
            var side = style
            side.anchor = TextAnchor(.right, .middle)
            for lat in g.lats {
                guard let p = crossing(try parallel(lat), x: f.minX), p.y > f.minY + 8 * layout.k, p.y < f.maxY - 8 * layout.k else { continue }
                try canvas.stroke(Path.polyline([Point(x: f.minX - 2.5 * layout.k, y: p.y), Point(x: f.minX, y: p.y)]), color: theme.frame, style: StrokeStyle(width: 0.6 * layout.k))
                _ = try canvas.drawText(GraticuleMath.label(lat, isLongitude: false), at: Point(x: f.minX - 3.5 * layout.k, y: p.y), style: side)
            }
        }
    }

    /// The scale bar's box (lower left of the frame) and the north arrow's (upper left).
    var scaleBarBox: Rect { Rect(x: layout.frame.minX + 6 * layout.k, y: layout.frame.maxY - 26 * layout.k, width: layout.frame.width * 0.3 + 16 * layout.k, height: 20 * layout.k) }
    var northArrowBox: Rect { Rect(x: layout.frame.minX + 6 * layout.k, y: layout.frame.minY + 6 * layout.k, width: 16 * layout.k, height: 26 * layout.k) }

    /// Keeps labels off the in-frame furniture.
    func reserveFurniture() throws {
        for r in [scaleBarBox, northArrowBox] {
            placer.index.insert(BoundingBox(minX: r.minX, minY: r.minY, maxX: r.maxX, maxY: r.maxY))
        }
    }

    func drawInFrameFurniture() throws {
        try drawScaleBar()
        try drawNorthArrow()
    }

    /// A scale bar of a round length, correct by geodesic measure at the map centre.
    func drawScaleBar() throws {
        let mpp = try transform.metersPerPoint()
        let box = scaleBarBox
        guard let choice = ScaleBarMath.choose(metersPerPixel: mpp, maxWidthPx: box.width - 16 * layout.k) else { return }
        info.scaleBarMeters = choice.meters
        info.scaleBarLabel = choice.label
        info.scaleBarPoints = choice.widthPx
        let x0 = box.minX + 6 * layout.k, y0 = box.maxY - 7 * layout.k, h = 3.2 * layout.k
        try canvas.group(id: "scale-bar", title: "Scale bar: \(choice.label)") {
            let bg = Rect(x: box.minX, y: box.minY, width: choice.widthPx + 18 * layout.k, height: box.height)
            try canvas.fill(Path.rect(bg), .color(theme.halo.withAlpha(0.8)))
            let seg = choice.widthPx / Double(choice.segments)
            for s in 0..<choice.segments {
                let r = Rect(x: x0 + Double(s) * seg, y: y0, width: seg, height: h)
                try canvas.fillAndStroke(Path.rect(r), fill: .color(s % 2 == 0 ? theme.text : theme.paper), stroke: theme.text, style: StrokeStyle(width: 0.5 * layout.k))
            }
            let style = TextStyle(font: font(layout.smallSize), color: theme.text, anchor: TextAnchor(.center, .bottom))
            _ = try canvas.drawText("0", at: Point(x: x0, y: y0 - 1.2 * layout.k), style: style)
            _ = try canvas.drawText(words.units(choice.label), at: Point(x: x0 + choice.widthPx, y: y0 - 1.2 * layout.k), style: style)
        }
    }

    /// A north arrow pointing to true north where it stands (grid north differs off the central meridian).
    func drawNorthArrow() throws {
        let box = northArrowBox
        let base = Point(x: box.center.x, y: box.maxY - 4 * layout.k)
        let here = try transform.lonLat(base)
        let up = try transform.point(Coordinate(lon: here.lon, lat: here.lat + 0.001))
        var dx = up.x - base.x, dy = up.y - base.y
        let len = (dx * dx + dy * dy).squareRoot()
        dx /= len; dy /= len
        let L = 15 * layout.k, w = 4 * layout.k
        let tip = Point(x: base.x + dx * L, y: base.y + dy * L)
        let left = Point(x: base.x - dy * w, y: base.y + dx * w), right = Point(x: base.x + dy * w, y: base.y - dx * w)
        let notch = Point(x: base.x + dx * L * 0.25, y: base.y + dy * L * 0.25)
        try canvas.group(id: "north-arrow", title: "North arrow (true north)") {
            try canvas.fillAndStroke(Path.polygon([tip, right, notch]), fill: .color(theme.text), stroke: theme.text, style: StrokeStyle(width: 0.5 * layout.k, join: .round))
            try canvas.fillAndStroke(Path.polygon([tip, notch, left]), fill: .color(theme.paper), stroke: theme.text, style: StrokeStyle(width: 0.5 * layout.k, join: .round))
            _ = try canvas.drawText("N", at: Point(x: tip.x + dx * 1.5 * layout.k, y: tip.y + dy * 1.5 * layout.k),
                                    style: TextStyle(font: font(layout.labelSize, bold: true), color: theme.text,
                                                     halo: Halo(color: theme.halo, radius: 1.2 * layout.k), anchor: TextAnchor(.center, .bottom)))
        }
    }
}
