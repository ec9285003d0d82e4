import Foundation
import Canvas
import Gazetteer
import Geometry

extension MapDrawing {
    /// Claims with their party's position in the dispute (which picks the theme style).
    var claimsWithStyle: [(claim: Claim, style: Theme.ClaimStyle)] {
        dispute.claims.map { c in
            let index = dispute.parties.firstIndex { $0.id == c.claimant } ?? 0
            return (c, theme.claimStyle(partyIndex: index))
        }
    }

    /// The faces enclosed by the claim lines, in page points (polygon rings).
    func disputedFaces() throws -> [[[Point]]] {
        guard dispute.claims.count >= 2 else { return [] }
        var union: Geometry?
        for c in dispute.claims {
            let line = try geometry.lineString(try transform.projection.project(c.line))
            union = try union.map { try $0.union(line) } ?? line
        }
        guard let union else { return [] }
        let faces = try geometry.polygonize([union])
        var out: [[[Point]]] = []
        for face in try faces.members() {
            let rings = [try face.exteriorRing()] + (try face.interiorRings())
            out.append(rings.map { $0.map { transform.point(meters: $0) } })
        }
        return out
    }

    /// The label of the disputed area in the legend, by view.
    var disputedLegendText: String {
        if request.view == "neutral" { return words.disputedArea }
        let others = dispute.claims.filter { $0.claimant != request.view }.compactMap { dispute.party($0.claimant)?.name(in: request.lang) }
        return words.areaClaimedBy(others.isEmpty ? words.otherParty : others.joined(separator: words.listSeparator))
    }

    func drawDisputedArea() throws {
        let faces = try disputedFaces()
        guard !faces.isEmpty else { return }
        var p = Path()
        for rings in faces { for r in rings { p.addRing(r) } }
        try canvas.group(id: "disputed-area", title: disputedLegendText) {
            try canvas.fill(p, .color(theme.disputedFill), rule: .evenOdd)
            try fillHatch(p, disputedHatch)
        }
    }

    /// Fills a path with a hatch. Raster output strokes the lines inside a clip, which is several
    /// times faster than a rotated repeating pattern in pixman; vector output keeps the pattern
    /// (one `<pattern>` in SVG, a tiling pattern in PDF).
    func fillHatch(_ area: Path, _ hatch: Hatch) throws {
        guard request.format == .png, let bounds = area.controlBounds else {
            try canvas.fill(area, .hatch(hatch), rule: .evenOdd)
            return
        }
        try canvas.withSavedState {
            try canvas.clip(to: area, rule: .evenOdd)
            // Lines at the hatch angle (counter-clockwise from horizontal, y down), anchored at
            // the page origin so that neighbouring areas line up.
            let a = hatch.angle * .pi / 180
            let dir = Point(x: cos(a), y: -sin(a)), normal = Point(x: sin(a), y: cos(a))
            let corners = [Point(x: bounds.minX, y: bounds.minY), Point(x: bounds.maxX, y: bounds.minY),
                           Point(x: bounds.minX, y: bounds.maxY), Point(x: bounds.maxX, y: bounds.maxY)]
            let offsets = corners.map { $0.x * normal.x + $0.y * normal.y }
            let along = corners.map { $0.x * dir.x + $0.y * dir.y }
            var lines = Path()
            var k = (offsets.min()! / hatch.spacing).rounded(.down)
            while k * hatch.spacing <= offsets.max()! {
                let o = k * hatch.spacing
                let s0 = along.min()! - 1, s1 = along.max()! + 1
                lines.move(to: Point(x: normal.x * o + dir.x * s0, y: normal.y * o + dir.y * s0))
                lines.line(to: Point(x: normal.x * o + dir.x * s1, y: normal.y * o + dir.y * s1))
                k += 1
            }
            try canvas.stroke(lines, color: hatch.color, style: StrokeStyle(width: hatch.lineWidth))
        }
    }

    /// The hatch of the disputed area (diagonal lines that survive greyscale printing).
    var disputedHatch: Hatch {
        Hatch(spacing: 4.5 * layout.k, angle: 45, lineWidth: 0.55 * layout.k, color: theme.disputedHatch)
    }

    /// How a claim is drawn in the current view: its party style, or the boundary style for the viewed claimant.
    func appearance(of claim: Claim, style: Theme.ClaimStyle) -> (color: RGBA, width: Double, dash: [Double], opacity: Double) {
        let lighter = (claim.schematic || claim.certainty == .uncertain) ? theme.schematicOpacity : 1
        if request.view != "neutral" && claim.claimant == request.view {
            return (theme.frame, style.width * 1.05 * layout.k, [], lighter)
        }
        return (style.color, style.width * layout.k, style.dash.map { $0 * layout.k }, lighter)
    }

    /// The legend text of a claim in the current view.
    func legendText(of claim: Claim) -> String {
        let who = dispute.party(claim.claimant)?.name(in: request.lang) ?? claim.claimant
        var text = request.view == claim.claimant ? words.boundaryAsSeenBy(who) : words.claim(who)
        if claim.schematic { text += words.schematic } else if claim.certainty == .uncertain { text += words.uncertain }
        return text
    }

    func drawClaims() throws {
        for (claim, style) in claimsWithStyle {
            let look = appearance(of: claim, style: style)
            let pts = try transform.points(claim.line)
            // Lighter lines take their opacity in the colour, not a group: a translucent group costs a
            // full-page offscreen composite in raster output.
            try canvas.group(id: "claim-\(claim.claimant)", title: legendText(of: claim)) {
                // A thin light casing keeps the line readable over hatch and water.
                try canvas.stroke(Path.polyline(pts), color: theme.halo.withAlpha(0.7 * look.opacity),
                                  style: StrokeStyle(width: look.width + 1.6 * layout.k, cap: .round, join: .round))
                try canvas.stroke(Path.polyline(pts), color: look.color.withAlpha(look.color.alpha * look.opacity),
                                  style: StrokeStyle(width: look.width, cap: .round, join: .round, dash: look.dash))
            }
            placer.index.insert(polyline: pts.map { Coordinate(x: $0.x, y: $0.y) }, halfWidth: look.width / 2 + 1.2 * layout.k)
            if claim.line.contains(where: isOnMap) { info.claims.append(claim.id) }
            try requestClaimLabel(claim, points: pts, color: look.color)
        }
    }

    /// Names each claim line next to a stretch that belongs to it alone (not shared with another claim).
    private func requestClaimLabel(_ claim: Claim, points: [Point], color: RGBA) throws {
        let others = Set(dispute.claims.filter { $0.id != claim.id }.flatMap(\.line))
        let own = zip(claim.line, points).filter { !others.contains($0.0) && isOnMap($0.0) }.map(\.1)
        guard !own.isEmpty else { return }
        let anchor = own[own.count / 2]
        let who = dispute.party(claim.claimant)?.name(in: request.lang) ?? claim.claimant
        let text = request.view == claim.claimant ? who : (request.lang == "en" ? "\(who) claim" : who)
        try requestLabel(id: "label-\(claim.id)", text: text, anchor: anchor, offset: 4 * layout.k, priority: 1,
                         style: labelStyle(size: layout.smallSize, color: color.withAlpha(1), bold: true))
    }
}
