import Foundation
import Gazetteer
import Geometry
import Projection

/// The words of a map: title, subtitle, alt text, keywords, dates in the map's language.
struct MapText {
    let dispute: Dispute
    let incident: Incident?
    let request: MapRequest

    var lang: String { request.lang }

    /// The incident's title, or the dispute's title in the map's language.
    var title: String {
        if let incident { return incident.title(in: lang) }
        return dispute.title(in: lang)
    }

    /// Date and context under the title.
    var subtitle: String {
        if let incident {
            return "\(MapText.format(incident.date, lang: lang)) · \(dispute.title(in: lang))"
        }
        let parties = dispute.parties.filter { p in dispute.claims.contains { $0.claimant == p.id } }.map { $0.name(in: lang) }
        let claims = parties.isEmpty ? nil : MapText.claimsOf(parties, lang: lang)
        let period = dispute.period.flatMap(HistoricalDate.init).map { MapText.format($0, lang: lang) }
        return [period, claims].compactMap { $0 }.joined(separator: " · ")
    }

    static func claimsOf(_ parties: [String], lang: String) -> String {
        switch lang {
        case "ru": return "притязания: " + parties.joined(separator: " и ")
        case "ja": return parties.joined(separator: "と") + "の主張線"
        case "zh": return parties.joined(separator: "与") + "的主张线"
        default: return "claims of " + parties.joined(separator: " and ")
        }
    }

    /// Keywords for PDF metadata.
    var keywords: [String] {
        var k = ["border dispute", dispute.id, dispute.title] + dispute.parties.map(\.name)
        if let incident { k.append(incident.id) }
        return k
    }

    /// A description of the map for readers who cannot see it.
    func altText(transform: MapTransform) throws -> String {
        var parts: [String] = []
        let where_ = incident.map { "Map of \($0.title), \(MapText.format($0.date, lang: "en")), in the \(dispute.title) dispute." }
            ?? "Map of the \(dispute.title) dispute."
        parts.append(where_)
        let bounds = try transform.geographicBounds()
        let claims = dispute.claims.filter { c in c.line.contains { bounds.contains($0) } }
        if !claims.isEmpty {
            let described = claims.map { c -> String in
                let who = dispute.party(c.claimant)?.name ?? c.claimant
                return "\(who)'s claimed boundary\(c.schematic ? " (schematic)" : "")"
            }
            parts.append("It shows " + described.joined(separator: " and ") + (claims.count > 1 ? ", with the disputed area between them hatched." : "."))
        }
        let shown = dispute.incidents.filter { i in i.coordinate.map { bounds.contains($0) } ?? false }
        if let incident {
            let place = incident.place.flatMap { dispute.place($0) }
            var s = "The incident is marked at \(place?.title ?? "its position")"
            if let u = place?.uncertaintyMeters, place?.certainty == .uncertain { s += ", a position known only to about ±\(MapText.distance(u))" }
            parts.append(s + ".")
            if shown.count > 1 { parts.append("\(shown.count - 1) other incident\(shown.count == 2 ? " is" : "s are") numbered on the map.") }
        } else if !shown.isEmpty {
            parts.append("\(shown.count) incident\(shown.count == 1 ? " is" : "s are") numbered in date order.")
        }
        let places = dispute.places.filter { p in p.coordinate.map { bounds.contains($0) } ?? false }
            .filter { [.hill, .settlement, .lake].contains($0.type) }.map(\.title)
        if !places.isEmpty { parts.append("Places shown: " + places.joined(separator: ", ") + ".") }
        return parts.joined(separator: " ")
    }

    /// "11 July 1938", "30–31 July 1938", "31 July – 2 August 1938" (and the forms of ru, ja, zh).
    static func format(_ d: HistoricalDate, lang: String) -> String {
        let s = d.start, e = d.end
        let approx = d.approximate ? (lang == "en" ? "c. " : "~") : ""
        switch lang {
        case "ja", "zh":
            let a = "\(s.year)年\(s.month)月\(s.day)日"
            if d.isSingleDay { return approx + a }
            if s.year == e.year && s.month == e.month { return approx + a + "–\(e.day)日" }
            return approx + a + "–\(e.month)月\(e.day)日"
        case "ru":
            let months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
            if d.isSingleDay { return approx + "\(s.day) \(months[s.month - 1]) \(s.year)" }
            if s.month == e.month && s.year == e.year { return approx + "\(s.day)–\(e.day) \(months[s.month - 1]) \(s.year)" }
            return approx + "\(s.day) \(months[s.month - 1]) – \(e.day) \(months[e.month - 1]) \(e.year)"
        default:
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            if d.isSingleDay { return approx + "\(s.day) \(months[s.month - 1]) \(s.year)" }
            if s.month == e.month && s.year == e.year { return approx + "\(s.day)–\(e.day) \(months[s.month - 1]) \(s.year)" }
            if s.year == e.year { return approx + "\(s.day) \(months[s.month - 1]) – \(e.day) \(months[e.month - 1]) \(s.year)" }
            return approx + "\(s.day) \(months[s.month - 1]) \(s.year) – \(e.day) \(months[e.month - 1]) \(e.year)"
        }
    }

    /// A short date for keys: "11 Jul", "30–31 Jul".
    static func shortDate(_ d: HistoricalDate, lang: String) -> String {
        let s = d.start, e = d.end
        if lang == "ja" || lang == "zh" {
            return d.isSingleDay ? "\(s.month)/\(s.day)" : "\(s.month)/\(s.day)–\(e.month == s.month ? "" : "\(e.month)/")\(e.day)"
        }
        let months = lang == "ru" ? ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
            : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        if d.isSingleDay { return "\(s.day) \(months[s.month - 1])" }
        if s.month == e.month { return "\(s.day)–\(e.day) \(months[s.month - 1])" }
        return "\(s.day) \(months[s.month - 1])–\(e.day) \(months[e.month - 1])"
    }

    /// "1.5 km", "800 m".
    static func distance(_ meters: Double) -> String {
        if meters >= 1000 {
            let km = meters / 1000
            return km == km.rounded() ? "\(Int(km)) km" : String(format: "%.1f km", km)
        }
        return "\(Int(meters.rounded())) m"
    }
}
