import Gazetteer
import Projection

/// Chooses the geographic extent of a map: the incident, the dispute or an explicit box, with a
/// margin, fitted to the frame's aspect ratio in a projection centred on the view.
public enum ViewFraming {
    /// The smallest half-width of an incident view, in metres: enough to show its surroundings.
    static let minimumRadius = 2_500.0

    /// The points a view must show, in lon/lat, and how much room to leave around them (metres).
    public struct Focus: Sendable {
        /// Points that must be inside the frame.
        public var points: [Coordinate]
        /// Extra margin around them, metres.
        public var margin: Double
    }

    /// What an incident map must show: the incident with its uncertainty, the anchor its position
    /// was derived from, and the claim lines and hills near it.
    public static func focus(incident: Incident, in dispute: Dispute) -> Focus? {
        guard let at = incident.coordinate else { return nil }
        let place = incident.place.flatMap { dispute.place($0) }
        let uncertainty = place?.uncertaintyMeters ?? 0
        let radius = max(minimumRadius, uncertainty * 1.4)
        var points = circle(at, radius: radius)
        if let rel = place?.relative, let anchor = dispute.place(rel.anchor)?.coordinate {
            points.append(anchor)
        }
        // Claim vertices close to the incident belong in its map.
        for claim in dispute.claims {
            points += claim.line.filter { Geodesic.wgs84.distance($0, at) < radius * 1.2 }
        }
        return Focus(points: points, margin: radius * 0.12)
    }

    /// What a dispute overview must show: the claim lines, the disputed area and the incidents near them.
    public static func focus(dispute: Dispute) -> Focus? {
        var points = dispute.claims.flatMap(\.line)
        guard let claimBox = BoundingBox(covering: points) else {
            let located = dispute.incidents.compactMap(\.coordinate)
            guard !located.isEmpty else { return nil }
            return Focus(points: located.flatMap { circle($0, radius: minimumRadius) }, margin: minimumRadius * 0.2)
        }
        let center = claimBox.center
        let span = Geodesic.wgs84.distance(Coordinate(x: claimBox.minX, y: claimBox.minY), Coordinate(x: claimBox.maxX, y: claimBox.maxY))
        let reach = max(minimumRadius * 2, span * 1.5)
        // Incidents and hills within reach of the claims join the view; far ones get their own maps.
        for i in dispute.incidents { if let c = i.coordinate, Geodesic.wgs84.distance(c, center) < reach { points.append(c) } }
        for p in dispute.places where p.type == .hill {
            if let c = p.coordinate, Geodesic.wgs84.distance(c, center) < reach { points.append(c) }
        }
        return Focus(points: points, margin: max(800, span * 0.12))
    }

    /// Sixteen points on a geodesic circle.
    static func circle(_ c: Coordinate, radius: Double) -> [Coordinate] {
        (0..<16).map { Geodesic.wgs84.direct(from: c, azimuthDegrees: Double($0) * 22.5, distanceMeters: radius) }
    }

    /// The projected extent (metres) showing `points` with `margin`, grown to the frame's aspect ratio.
    public static func extent(of points: [Coordinate], margin: Double, projection: LocalProjection, aspect: Double) throws -> BoundingBox {
        let projected = try projection.project(points)
        guard var box = BoundingBox(covering: projected) else { throw RenderError.badRequest("nothing to frame") }
        box = box.expanded(dx: margin, dy: margin)
        // Never narrower than 500 m: a single point still gets a readable map.
        if box.width < 500 { box = box.expanded(dx: (500 - box.width) / 2, dy: 0) }
        if box.height < 500 { box = box.expanded(dx: 0, dy: (500 - box.height) / 2) }
        if box.width / box.height < aspect {
            box = box.expanded(dx: (box.height * aspect - box.width) / 2, dy: 0)
        } else {
            box = box.expanded(dx: 0, dy: (box.width / aspect - box.height) / 2)
        }
        return box
    }

    /// Checks a user's `--bbox`: finite, in range, west < east (no antimeridian crossing), south < north.
    public static func validate(bbox b: BoundingBox) throws {
        guard [b.minX, b.minY, b.maxX, b.maxY].allSatisfy(\.isFinite) else { throw RenderError.badRequest("--bbox values must be numbers") }
        guard (-180...180).contains(b.minX), (-180...180).contains(b.maxX), (-90...90).contains(b.minY), (-90...90).contains(b.maxY) else {
            throw RenderError.badRequest("--bbox \(b.minX),\(b.minY),\(b.maxX),\(b.maxY) is out of range: longitudes −180…180, latitudes −90…90")
        }
        guard b.minY < b.maxY else { throw RenderError.badRequest("--bbox south (\(b.minY)) must be less than north (\(b.maxY))") }
        guard b.minX < b.maxX else {
            throw RenderError.badRequest("--bbox west (\(b.minX)) must be less than east (\(b.maxX)); boxes crossing the antimeridian are not supported — split the view")
        }
        guard b.maxY - b.minY <= 60, b.maxX - b.minX <= 90 else {
            throw RenderError.badRequest("--bbox is too large for a local map (at most 90° × 60°)")
        }
        // A box a few metres across is almost surely a typo (a repeated coordinate), not a map.
        let mid = (b.minY + b.maxY) / 2
        let wide = Geodesic.wgs84.distance(Coordinate(x: b.minX, y: mid), Coordinate(x: b.maxX, y: mid))
        let tall = Geodesic.wgs84.distance(Coordinate(x: b.minX, y: b.minY), Coordinate(x: b.minX, y: b.maxY))
        guard min(wide, tall) >= minimumBoxSide else {
            throw RenderError.badRequest("--bbox is only \(Int(wide.rounded())) m × \(Int(tall.rounded())) m; a map needs at least \(Int(minimumBoxSide)) m a side — check the four numbers (west,south,east,north)")
        }
    }

    /// The shortest side of a `--bbox` worth drawing, metres.
    static let minimumBoxSide = 100.0

    /// Throws when `bbox` shows nothing of the dispute (no claim, place, incident or basemap feature),
    /// naming where the dispute's data lies so the user can fix the box.
    public static func requireContent(of dispute: Dispute, in b: BoundingBox) throws {
        var all: [Coordinate] = dispute.claims.flatMap(\.line)
        all += dispute.places.compactMap(\.coordinate)
        all += dispute.incidents.compactMap(\.coordinate)
        if all.contains(where: b.contains) { return }
        // A claim segment or basemap feature may cross the box with no vertex inside it.
        let boxes = dispute.claims.compactMap { BoundingBox(covering: $0.line) } + dispute.basemap.compactMap { $0.geometry.boundingBox }
        if boxes.contains(where: b.intersects) { return }
        let extent = BoundingBox(covering: all).map { " (its data lies within \(format($0)))" } ?? ""
        throw RenderError.badRequest("--bbox \(format(b)) shows nothing of dispute \"\(dispute.id)\"\(extent) — move or widen the box, or leave it out to frame the dispute")
    }

    /// "W,S,E,N" with up to four decimals, as the user would type it.
    static func format(_ b: BoundingBox) -> String {
        [b.minX, b.minY, b.maxX, b.maxY].map { v in
            let r = (v * 10_000).rounded() / 10_000
            return r == r.rounded() ? String(Int(r)) : String(r)
        }.joined(separator: ",")
    }
}
