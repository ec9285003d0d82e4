import ArgumentParser
import Foundation
import Gazetteer

/// `borderlines list`: the ids of every dispute, claim, incident and place, for the other commands' flags.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List disputes, claims, incidents and places (ids for --dispute and --incident).")

    @Flag(help: "Print JSON instead of tables.")
    var json = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let gazetteer = try data.loadGazetteer()
        let listing = Listing(gazetteer)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let bytes = try encoder.encode(listing)
            Output.line(String(decoding: bytes, as: UTF8.self))
        } else {
            Output.line(listing.table())
        }
    }
}

/// What `list` prints, as Codable rows (the `--json` schema of DESIGN.md, plus a few fields).
struct Listing: Codable {
    struct DisputeRow: Codable { var id, title: String; var period: String?; var file: String }
    struct ClaimRow: Codable { var id, dispute, claimant, certainty, title: String; var schematic: Bool }
    struct IncidentRow: Codable { var id, dispute, date, title: String; var place: String?; var coordinate: [Double]? }
    struct EventRow: Codable { var id, dispute, date, title: String }
    struct PlaceRow: Codable { var id, dispute, type, title, certainty: String; var coordinate: [Double]?; var uncertainty_m: Double? }

    var disputes: [DisputeRow]
    var claims: [ClaimRow]
    var incidents: [IncidentRow]
    var events: [EventRow]
    var places: [PlaceRow]

    init(_ g: Gazetteer) {
        disputes = g.disputes.map { DisputeRow(id: $0.id, title: $0.title, period: $0.period, file: $0.path) }
        claims = g.disputes.flatMap { d in d.claims.map {
            ClaimRow(id: $0.id, dispute: d.id, claimant: $0.claimant, certainty: $0.certainty.rawValue, title: $0.title, schematic: $0.schematic) } }
        incidents = g.disputes.flatMap { d in d.incidents.map {
            IncidentRow(id: $0.id, dispute: d.id, date: $0.date.raw, title: $0.title, place: $0.place,
                        coordinate: $0.coordinate.map { [$0.lon, $0.lat] }) } }
        events = g.disputes.flatMap { d in d.events.map { EventRow(id: $0.id, dispute: d.id, date: $0.date.raw, title: $0.title) } }
        places = g.disputes.flatMap { d in d.places.map {
            PlaceRow(id: $0.id, dispute: d.id, type: $0.type.rawValue, title: $0.title, certainty: $0.certainty.rawValue,
                     coordinate: $0.coordinate.map { [$0.lon, $0.lat] }, uncertainty_m: $0.uncertaintyMeters) } }
    }

    /// Plain-text tables, one section per kind.
    func table() -> String {
        var out: [String] = []
        out.append(TextTable.render(title: "DISPUTES", header: ["id", "period", "title"],
                                    rows: disputes.map { [$0.id, $0.period ?? "", $0.title] }))
        out.append(TextTable.render(title: "CLAIMS", header: ["id", "dispute", "claimant", "certainty", "title"],
                                    rows: claims.map { [$0.id, $0.dispute, $0.claimant, $0.certainty + ($0.schematic ? ", schematic" : ""), $0.title] }))
        out.append(TextTable.render(title: "INCIDENTS", header: ["id", "date", "place", "title"],
                                    rows: incidents.map { [$0.id, $0.date, $0.place ?? coordinateText($0.coordinate), $0.title] }))
        if !events.isEmpty {
            out.append(TextTable.render(title: "TIMELINE EVENTS", header: ["id", "date", "title"], rows: events.map { [$0.id, $0.date, $0.title] }))
        }
        out.append(TextTable.render(title: "PLACES", header: ["id", "type", "lon, lat", "certainty", "title"],
                                    rows: places.map { p in
                                        let unc = p.uncertainty_m.map { " ±\(Int($0)) m" } ?? ""
                                        return [p.id, p.type, coordinateText(p.coordinate), p.certainty + unc, p.title]
                                    }))
        return out.joined(separator: "\n")
    }

    private func coordinateText(_ c: [Double]?) -> String {
        guard let c else { return "—" }
        return String(format: "%.5f, %.5f", c[0], c[1])
    }
}

/// Left-aligned text columns that account for wide (CJK) characters.
enum TextTable {
    static func render(title: String, header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], displayWidth(cell)) } }
        func line(_ row: [String]) -> String {
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - displayWidth(cell))
            }.joined(separator: "  ")
        }
        return ([title + " (\(rows.count))", line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// Terminal columns: East Asian wide characters take two.
    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { w, u in
            switch u.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
                return w + 2
            case 0x0300...0x036F: return w
            default: return w + 1
            }
        }
    }
}
