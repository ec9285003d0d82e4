import Gazetteer

/// One row of a side-of-claim table: an incident or place and where it lies relative to each claim.
public struct FactRow: Sendable, Codable, Hashable {
    /// One claim's answer for the row.
    public struct ClaimCell: Sendable, Codable, Hashable {
        /// The claim id.
        public var claim: String
        /// inside, outside, on-line or undetermined.
        public var relation: String
        /// Distance to the line, metres (rounded to 0.1 m).
        public var distanceMeters: Double
    }

    /// The incident or place id.
    public var id: String
    /// incident or place.
    public var kind: String
    /// Display name.
    public var name: String
    /// lon, lat.
    public var coordinate: [Double]
    /// both, one, neither or undetermined.
    public var status: String
    /// Party ids whose claim covers the point.
    public var claimedBy: [String]
    /// True inside a face enclosed by the claim lines.
    public var inDisputedArea: Bool
    /// A phrase: "inside both claims (disputed)".
    public var summary: String
    /// One cell per claim, in the dispute's claim order.
    public var claims: [ClaimCell]
}

/// A claim as a column of the side-of-claim table.
public struct ClaimColumn: Sendable, Codable, Hashable {
    /// The claim id.
    public var id: String
    /// The claimant's party id.
    public var claimant: String
    /// Column heading: the claimant's name and "claim".
    public var heading: String
}

/// Side-of-claim facts of a dispute's incidents and places, computed once per dispute with GEOS.
///
/// Not thread-safe while building (uses a `ClaimAnalyzer`); the finished value is read-only.
public struct SideOfClaimFacts: Sendable {
    /// The claim columns, in the dispute's claim order.
    public let columns: [ClaimColumn]
    private var rows: [String: FactRow] = [:]

    /// Analyses every located incident and place of `dispute`. Disputes without claims give empty tables.
    public init(dispute: Dispute) throws {
        columns = dispute.claims.map { c in
            ClaimColumn(id: c.id, claimant: c.claimant, heading: "\(dispute.party(c.claimant)?.name ?? c.claimant) claim")
        }
        guard !dispute.claims.isEmpty else { return }
        let analyzer = try ClaimAnalyzer(dispute: dispute)
        let partyName = { (id: String) in dispute.party(id)?.name ?? id }
        func row(id: String, kind: String, name: String, at c: Coordinate) throws -> FactRow {
            let s = try analyzer.analyze(c)
            return FactRow(id: id, kind: kind, name: name, coordinate: [c.lon, c.lat], status: s.status.rawValue, claimedBy: s.claimedBy,
                           inDisputedArea: s.inDisputedArea, summary: s.summary(partyName: partyName),
                           claims: s.claims.map { FactRow.ClaimCell(claim: $0.claim, relation: $0.relation.rawValue, distanceMeters: $0.distanceMeters) })
        }
        for i in dispute.incidents { if let c = i.coordinate { rows["incident:" + i.id] = try row(id: i.id, kind: "incident", name: i.title, at: c) } }
        for p in dispute.places { if let c = p.coordinate { rows["place:" + p.id] = try row(id: p.id, kind: "place", name: p.title, at: c) } }
    }

    /// The row of an incident, if it has a position.
    public func incident(_ id: String) -> FactRow? { rows["incident:" + id] }
    /// The row of a place, if it has a position.
    public func place(_ id: String) -> FactRow? { rows["place:" + id] }

    /// Rows for a map: the featured incident first, then the other incidents and the places drawn, in map order.
    public func rows(featured: String?, incidents: [String], places: [String]) -> [FactRow] {
        var out: [FactRow] = []
        if let featured, let r = incident(featured) { out.append(r) }
        out += incidents.filter { $0 != featured }.compactMap(incident)
        out += places.compactMap(place)
        return out
    }
}
