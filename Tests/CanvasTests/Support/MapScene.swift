import Canvas
import Foundation

/// A map-like test scene (land, lake with an island, river, two dashed claim lines, a
/// hatched disputed area, markers and haloed labels in three scripts) drawn through the
/// public API only, in a 1200×900 frame scaled to the canvas.
enum MapScene {
    static let labels: [(String, MarkerShape)] = [
        ("Changkufeng 張鼓峰", .triangle), ("Заозёрная", .triangle), ("Lake Khasan ハサン湖", .circle),
        ("Shachaofeng 沙草峰", .triangle), ("Kraskino", .square), ("Tumen River", .diamond),
        ("Hill 588", .triangle), ("Novokievsk", .square), ("Hunchun 琿春", .circle), ("Posyet", .square),
    ]

    /// Draws the scene; `labelCount` > 10 repeats the labels on a grid (for the big benchmark).
    static func draw(on canvas: Canvas, labelCount: Int = 10, vertices: Int = 200) throws {
        let sx = canvas.width / 1200, sy = canvas.height / 900
        func p(_ x: Double, _ y: Double) -> Point { Point(x * sx, y * sy) }

        try canvas.group(id: "land", title: "Land") {
            var coast: [Point] = []
            for i in 0..<vertices {
                let t = Double(i) / Double(vertices) * 2 * .pi
                let r = 380 + 40 * sin(5 * t) + 15 * cos(17 * t)
                coast.append(p(600 + 1.3 * r * cos(t), 450 + r * sin(t)))
            }
            try canvas.fillAndStroke(.polygon(coast), fill: .color(RGBA(hex: "#f2efe6")!),
                                     stroke: RGBA(hex: "#9a9a8a")!, style: StrokeStyle(width: 1, join: .round))
        }
        try canvas.group(id: "water", title: "Lakes and rivers") {
            var lake: [Point] = [], island: [Point] = []
            for i in 0..<31 {
                let t = Double(i) / 31 * 2 * .pi
                lake.append(p(420 + 90 * cos(t), 380 + 60 * sin(t)))
                island.append(p(430 + 20 * cos(t), 385 + 12 * sin(t)))
            }
            try canvas.fillAndStroke(.polygon(lake, holes: [island]), fill: .color(RGBA(hex: "#a9cce3")!), rule: .evenOdd,
                                     stroke: RGBA(hex: "#5b8fb0")!, style: StrokeStyle(width: 0.8))
            var river: [Point] = []
            for i in 0..<vertices {
                let t = Double(i) / Double(vertices - 1)
                river.append(p(150 + 900 * t, 700 - 250 * t + 30 * sin(12 * t)))
            }
            try canvas.stroke(.polyline(river), color: RGBA(hex: "#5b8fb0")!,
                              style: StrokeStyle(width: 2, cap: .round, join: .round))
        }
        let lineA = (0..<50).map { i -> Point in let t = Double(i) / 49; return p(500 + 40 * sin(6 * t), 150 + 600 * t) }
        let lineB = (0..<50).map { i -> Point in let t = Double(i) / 49; return p(540 + 40 * sin(6 * t + 1), 150 + 600 * t) }
        try canvas.group(id: "disputed", title: "Disputed area", opacity: 0.85) {
            let area = Path.polygon(lineA + lineB.reversed())
            try canvas.fill(area, .color(RGBA(hex: "#e6550d")!.withAlpha(0.15)))
            try canvas.fill(area, .hatch(Hatch(spacing: 6, angle: 45, lineWidth: 1, color: RGBA(hex: "#e6550d")!)))
        }
        try canvas.group(id: "claim-ussr", title: "Soviet claim") {
            try canvas.stroke(.polyline(lineA), color: RGBA(hex: "#b2182b")!,
                              style: StrokeStyle(width: 3, cap: .round, join: .round, dash: [10, 5]))
        }
        try canvas.group(id: "claim-japan", title: "Japanese/Manchukuo claim") {
            try canvas.stroke(.polyline(lineB), color: RGBA(hex: "#2166ac")!,
                              style: StrokeStyle(width: 3, join: .round, dash: [2, 4], dashOffset: 1))
        }
        try canvas.group(id: "labels", title: "Places") {
            let font = Font(size: 13)
            let style = TextStyle(font: font, color: RGBA(hex: "#222222")!, halo: Halo(color: .white, radius: 1.6),
                                  anchor: TextAnchor(.left, .middle))
            let columns = max(1, Int(Double(labelCount).squareRoot().rounded(.up)))
            for i in 0..<labelCount {
                let (name, shape) = labels[i % labels.count]
                let at: Point
                if labelCount <= labels.count {
                    at = p(300 + Double(i % 3) * 250 + Double(i / 3) * 20, 200 + Double(i) * 55)
                } else {
                    at = p(40 + Double(i % columns) * 1120 / Double(columns), 40 + Double(i / columns) * 820 / Double(columns))
                }
                try canvas.drawMarker(shape, at: at, size: 9, fill: RGBA(hex: "#333333")!, stroke: .white,
                                      style: StrokeStyle(width: 1))
                try canvas.drawText(name, at: Point(at.x + 8, at.y), style: style)
            }
        }
        try canvas.group(id: "title", title: "Title") {
            try canvas.drawText("Lake Khasan, 1938 — Озеро Хасан — ハサン湖", at: p(600, 40),
                                style: TextStyle(font: Font(size: 24, weight: .bold), halo: Halo(radius: 3),
                                                 anchor: TextAnchor(.center, .top)))
        }
    }
}
