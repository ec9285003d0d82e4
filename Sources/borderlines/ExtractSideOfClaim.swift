import Gazetteer
import Geoparser

/// The side-of-claim column of `extract`'s table: for each mentioned place, which claims cover it.
enum ExtractSideOfClaim {
    /// Short answers by place id ("both claims", "A only", "neither", "beyond the lines").
    static func summaries(for mentions: [Mention], gazetteer: Gazetteer) -> [String: String] {
        var analyzers: [String: ClaimAnalyzer] = [:]
        var out: [String: String] = [:]
        for m in mentions {
            guard let id = m.id, out[id] == nil, let place = gazetteer.place(id), let c = place.coordinate,
                  let dispute = gazetteer.dispute(place.dispute), dispute.claims.count >= 1 else { continue }
            if analyzers[dispute.id] == nil { analyzers[dispute.id] = try? ClaimAnalyzer(dispute: dispute) }
            guard let facts = try? analyzers[dispute.id]?.analyze(c) else { continue }
            switch facts.status {
            case .both: out[id] = "both claims"
            case .one: out[id] = facts.claimedBy.map { dispute.party($0)?.name ?? $0 }.joined(separator: ", ") + " only"
            case .neither: out[id] = "neither claim"
            case .undetermined: out[id] = "beyond the lines"
            }
        }
        return out
    }
}
