import Cartography
import Foundation
import Gazetteer

/// Turns a drawn figure into the record the report and sidecar print: caption, alt text, date,
/// place, sources and the side-of-claim table.
struct RecordBuilder {
    let gazetteer: Gazetteer
    let documents: [AtlasDocument]
    let facts: [String: SideOfClaimFacts]

    func record(_ figure: AtlasFigure, outputs: [(AtlasJob, FigureOutput)]) -> FigureRecord {
        let dispute = gazetteer.dispute(figure.dispute)!
        let files = outputs.map { FigureRecord.File(format: $0.0.format.rawValue, path: $0.0.path, pixels: $0.1.pixels) }
        let columns = facts[dispute.id]?.columns ?? []
        var r = FigureRecord(number: figure.number, id: "\(figure.directory)/\(figure.name)", kind: figure.kind.name, dispute: dispute.id,
                             disputeTitle: dispute.title, incident: nil, title: "", subtitle: "", caption: "", altText: "",
                             date: nil, isoDate: nil, place: nil, files: files, sidecar: figure.sidecarPath, sources: [],
                             claimColumns: columns, sideOfClaim: [], incidentsOffMap: [], document: nil, extraction: nil)
        switch outputs.first?.1 {
        case .timeline(let info)?:
            r.title = info.title
            r.subtitle = "Incidents and diplomatic events"
            r.altText = info.altText
            r.caption = "Timeline of the \(dispute.title) dispute: incidents coloured by the party named first, diplomatic events as open diamonds."
            r.sources = dispute.incidents.flatMap { i in i.citations.map { CitationRecord($0, in: dispute, supports: "incident \(i.id)") } }
                + dispute.events.flatMap { e in e.citations.map { CitationRecord($0, in: dispute, supports: "event \(e.id)") } }
            r.claimColumns = []
        case .map(let info)?:
            r.title = info.title
            r.subtitle = info.subtitle
            r.altText = info.altText
            r.incidentsOffMap = info.incidentsOffMap
            let table = facts[dispute.id]
            switch figure.kind {
            case .incident(let id):
                let incident = dispute.incident(id)!
                r.incident = id
                r.date = DateText.long(incident.date)
                r.isoDate = incident.date.raw
                let place = incident.place.flatMap { dispute.place($0) }
                r.place = FigureRecord.PlaceRef(id: place?.id, name: place?.title ?? "its own position",
                                                coordinate: incident.coordinate.map { [$0.lon, $0.lat] }, uncertaintyMeters: place?.uncertaintyMeters)
                let status = table?.incident(id).map { ", \($0.summary)" } ?? ""
                r.caption = "\(incident.title), \(r.date!), at \(r.place!.name)\(status). \(incident.summary)"
                r.sources = incident.citations.map { CitationRecord($0, in: dispute, supports: "incident \(id)") }
                r.sideOfClaim = table?.rows(featured: id, incidents: info.incidents, places: info.places) ?? []
            case .document(let n):
                let doc = documents[n]
                let e = doc.extraction
                r.document = FigureRecord.DocumentRef(id: doc.id, file: (doc.path as NSString).lastPathComponent, sha256: doc.sha256, source: doc.sourceID,
                                                      mentions: e.mentions.count, relativeLocations: e.relative.count, dates: e.dates.count,
                                                      incidents: e.incidents.map(\.id))
                r.extraction = doc.mentionCounts(in: dispute)
                let named = r.extraction!.count
                r.caption = "The places \(doc.id) names (\(e.mentions.count) mentions of \(named) gazetteer places), sized by mentions, with \(e.relative.count) relative location\(e.relative.count == 1 ? "" : "s") and the \(e.incidents.count) incident\(e.incidents.count == 1 ? "" : "s") it supports."
                r.sources = [CitationRecord(document: doc.sourceID ?? doc.id, title: doc.sourceID.flatMap { dispute.source($0)?.title } ?? doc.id,
                                            sha256: doc.sha256, supports: "document map")]
                    + e.incidents.flatMap { link in link.evidence.map { span in
                        var c = CitationRecord(document: doc.sourceID ?? doc.id, title: doc.id, sha256: doc.sha256, supports: "incident \(link.id)")
                        c.span = span
                        return c
                    } }
                let mentioned = r.extraction!.map(\.id).filter { dispute.place($0)?.coordinate != nil }
                r.sideOfClaim = table?.rows(featured: nil, incidents: e.incidents.map(\.id).filter { info.incidents.contains($0) },
                                            places: mentioned) ?? []
            default:
                r.caption = "\(dispute.title): " + (info.subtitle.isEmpty ? "overview." : "\(info.subtitle), the disputed area and the incidents numbered in date order.")
                r.sources = dispute.claims.flatMap { c in c.citations.map { CitationRecord($0, in: dispute, supports: "claim \(c.id)") } }
                r.sideOfClaim = table?.rows(featured: nil, incidents: info.incidents, places: info.places) ?? []
            }
        case nil:
            break
        }
        return r
    }
}
