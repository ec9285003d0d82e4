/// Checks that ids are unique and every reference points at something that exists.
enum ReferenceChecks {
    static func run(_ d: Dispute) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func error(_ feature: String?, _ field: String?, _ message: String, _ hint: String? = nil) {
            out.append(Diagnostic(.error, file: d.path, line: feature.flatMap { d.featureLines[$0] }, feature: feature.map { "feature \"\($0)\"" }, field: field, message: message, hint: hint))
        }
        func suggest(_ id: String, _ known: [String]) -> String? {
            let near = Suggestions.nearest(to: id, in: known)
            return near.isEmpty ? nil : "did you mean \(near.map { "\"\($0)\"" }.joined(separator: " or "))?"
        }

        // Unique ids across every kind of feature of the file.
        var seen: [String: String] = [:]
        let ids: [(String, String)] = d.places.map { ($0.id, "place") } + d.claims.map { ($0.id, "claim") }
            + d.incidents.map { ($0.id, "incident") } + d.events.map { ($0.id, "event") } + d.treaties.map { ($0.id, "treaty") }
            + d.basemap.compactMap { b in b.id.map { ($0, "basemap") } }
        for (id, kind) in ids {
            if let first = seen[id] {
                error(id, "properties.id", "duplicate id: already used by a \(first)", "give every feature its own id")
            } else {
                seen[id] = kind
            }
        }
        var partySeen = Set<String>()
        for p in d.parties where !partySeen.insert(p.id).inserted {
            error(nil, "dispute.parties", "duplicate party id \"\(p.id)\"")
        }
        var sourceSeen = Set<String>()
        for s in d.sources where !sourceSeen.insert(s.id).inserted {
            error(nil, "sources", "duplicate source id \"\(s.id)\"")
        }

        let partyIDs = d.parties.map(\.id)
        let placeIDs = d.places.map(\.id)
        let sourcesByID = Dictionary(d.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        func checkCitations(_ citations: [Citation], feature: String?, field: String) {
            for (i, c) in citations.enumerated() {
                let f = "\(field)[\(i)]"
                guard let source = sourcesByID[c.source] else {
                    error(feature, "\(f).source", "unknown source \"\(c.source)\"",
                          suggest(c.source, Array(sourcesByID.keys).sorted()) ?? "add it to the file's \"sources\"")
                    continue
                }
                if c.span != nil && source.kind != .document {
                    error(feature, "\(f).span", "a span needs a source of kind \"document\"; \"\(c.source)\" is a \(source.kind.rawValue)")
                }
                if c.quote != nil && c.span == nil {
                    error(feature, "\(f).quote", "a quote needs the span it was taken from", "add \"span\": [start, end]")
                }
            }
        }
        func checkParties(_ parties: [String], feature: String) {
            for (i, p) in parties.enumerated() where !partyIDs.contains(p) {
                error(feature, "properties.parties[\(i)]", "unknown party \"\(p)\"", suggest(p, partyIDs) ?? "declare it in dispute.parties")
            }
        }

        for p in d.places {
            checkCitations(p.citations, feature: p.id, field: "properties.citations")
            for (i, n) in p.names.enumerated() {
                checkCitations(n.citations ?? [], feature: p.id, field: "properties.names[\(i)].citations")
            }
            if let proxy = p.proxy, !placeIDs.contains(proxy) {
                error(p.id, "properties.proxy", "unknown place \"\(proxy)\"", suggest(proxy, placeIDs))
            }
            if let rel = p.relative, !placeIDs.contains(rel.anchor) {
                error(p.id, "properties.relative.anchor", "unknown place \"\(rel.anchor)\"", suggest(rel.anchor, placeIDs))
            }
            if p.names.isEmpty {
                error(p.id, "properties.names", "a place needs at least one name")
            }
        }
        for c in d.claims {
            if !partyIDs.contains(c.claimant) {
                error(c.id, "properties.claimant", "unknown party \"\(c.claimant)\"", suggest(c.claimant, partyIDs) ?? "declare it in dispute.parties")
            }
            checkCitations(c.citations, feature: c.id, field: "properties.citations")
        }
        for i in d.incidents {
            if let place = i.place, !placeIDs.contains(place) {
                error(i.id, "properties.place", "unknown place \"\(place)\"", suggest(place, placeIDs) ?? "add the place or give the incident a Point geometry")
            } else if i.coordinate == nil {
                error(i.id, "properties.place", "place \"\(i.place ?? "")\" has no position, so the incident cannot be mapped",
                      "give the place a Point, a proxy, or the incident its own Point geometry")
            }
            checkParties(i.parties, feature: i.id)
            checkCitations(i.citations, feature: i.id, field: "properties.citations")
        }
        for e in d.events {
            checkParties(e.parties, feature: e.id)
            checkCitations(e.citations, feature: e.id, field: "properties.citations")
        }
        for t in d.treaties {
            for (i, p) in t.places.enumerated() where !placeIDs.contains(p) {
                error(t.id, "properties.places[\(i)]", "unknown place \"\(p)\"", suggest(p, placeIDs))
            }
            checkCitations(t.citations, feature: t.id, field: "properties.citations")
        }
        for b in d.basemap {
            if let place = b.place, !placeIDs.contains(place) {
                error(b.id, "properties.place", "unknown place \"\(place)\"", suggest(place, placeIDs))
            }
            if let source = b.source, sourcesByID[source] == nil {
                error(b.id, "properties.source", "unknown source \"\(source)\"", suggest(source, Array(sourcesByID.keys).sorted()))
            }
        }
        return out
    }
}
