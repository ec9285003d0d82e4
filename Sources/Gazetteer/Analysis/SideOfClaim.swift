import Geometry
import Projection

/// Where a point lies relative to one claim line.
public struct ClaimPosition: Sendable, Codable, Equatable {
    /// How the point relates to the claim.
    public enum Relation: String, Sendable, Codable {
        /// On the claimant's side: the claimant claims it.
        case inside
        /// On the other side.
        case outside
        /// On the line itself (within a metre).
        case onLine = "on-line"
        /// Too far beyond the line's ends, or the data does not say which side is the claimant's.
        case undetermined
    }

    /// The claim's id.
    public var claim: String
    /// The claimant's party id.
    public var claimant: String
    /// The relation.
    public var relation: Relation
    /// Geodesic-scale distance to the line in metres (measured in a local conformal projection).
    public var distanceMeters: Double
}

/// Which claims cover a point: both, one, neither, or undetermined.
public struct SideOfClaim: Sendable, Codable, Equatable {
    /// The overall answer.
    public enum Status: String, Sendable, Codable {
        case both, neither, one, undetermined
    }

    /// The point examined, lon/lat.
    public var coordinate: Coordinate
    /// Per claim.
    public var claims: [ClaimPosition]
    /// The overall answer.
    public var status: Status
    /// Party ids whose claim covers the point (for `one` and `both`).
    public var claimedBy: [String]
    /// True when the point lies in a face enclosed by the claim lines (the disputed area).
    public var inDisputedArea: Bool

    /// A short English phrase: "claimed by both", "A claim only", "neither claim", "beyond the claim lines".
    public func summary(partyName: (String) -> String) -> String {
        switch status {
        case .both: return "inside both claims (disputed)"
        case .one: return "inside the \(claimedBy.map(partyName).joined(separator: ", ")) claim only"
        case .neither: return "inside neither claim"
        case .undetermined: return "beyond the claim lines' extent"
        }
    }
}

/// Answers side-of-claim questions for one dispute (GEOS, in a projection centred on its claims).
///
/// Not thread-safe (holds GEOS and PROJ contexts): use one per task.
public final class ClaimAnalyzer {
    private let dispute: Dispute
    private let projection: LocalProjection
    private let ctx = GeometryContext()
    private var lines: [(claim: Claim, line: Geometry, length: Double)] = []
    private var faces: PreparedGeometry?

    /// Prepares the claim lines and their enclosed faces.
    public init(dispute: Dispute) throws {
        self.dispute = dispute
        let all = dispute.claims.flatMap(\.line)
        let center = BoundingBox(covering: all)?.center ?? dispute.places.compactMap(\.coordinate).first ?? Coordinate(lon: 0, lat: 0)
        projection = try LocalProjection(center: center)
        var union: Geometry?
        for c in dispute.claims {
            let g = try ctx.lineString(try projection.project(c.line))
            lines.append((c, g, try g.length()))
            union = try union.map { try $0.union(g) } ?? g
        }
        if let union, dispute.claims.count >= 2 {
            let polygons = try ctx.polygonize([union])
            if !polygons.isEmpty { faces = try polygons.prepared() }
        }
    }

    /// The side-of-claim facts of a point.
    public func analyze(_ c: Coordinate) throws -> SideOfClaim {
        let p = try projection.project(c)
        let point = try ctx.point(p)
        let inFaces = try faces?.covers(point) ?? false
        var positions: [ClaimPosition] = []
        for (claim, line, length) in lines {
            let distance = try line.distance(to: point)
            var relation: ClaimPosition.Relation
            if distance < 1 {
                relation = .onLine
            } else if let side = claim.side {
                // Past either end of the line, and farther than a quarter of its length: the line says nothing there.
                let along = try line.project(p)
                let beyond = (along <= 0 || along >= length) && distance > max(1000, length * 0.25)
                relation = beyond ? .undetermined : (try line.side(of: p) == side ? .inside : .outside)
            } else {
                relation = .undetermined
            }
            // Inside a face enclosed by the lines, every claimant claims it (the faces are the disputed area).
            if inFaces && claim.side != nil { relation = .inside }
            positions.append(ClaimPosition(claim: claim.id, claimant: claim.claimant, relation: relation, distanceMeters: (distance * 10).rounded() / 10))
        }
        let inside = positions.filter { $0.relation == .inside || $0.relation == .onLine }.map(\.claimant)
        let status: SideOfClaim.Status
        if positions.isEmpty || positions.contains(where: { $0.relation == .undetermined }) {
            status = .undetermined
        } else if inside.count == positions.count {
            status = positions.count >= 2 ? .both : .one
        } else if inside.isEmpty {
            status = .neither
        } else {
            status = .one
        }
        return SideOfClaim(coordinate: c, claims: positions, status: status, claimedBy: status == .undetermined ? [] : inside, inDisputedArea: inFaces)
    }
}
