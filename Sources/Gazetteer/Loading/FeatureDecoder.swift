import Geometry

/// Turns one GeoJSON feature into a place, claim, incident, event or basemap feature.
enum FeatureDecoder {
    static let kinds = ["place", "claim", "incident", "event", "treaty", "basemap"]

    /// Decodes one feature into `dispute`; with `readBasemap` false, basemap features are skipped
    /// as soon as their kind is known (before their geometry is read).
    static func decode(_ value: JSONValue, dispute: inout Dispute, reader: inout FieldReader, readBasemap: Bool = true) {
        guard let feature = value.object else {
            reader.error(nil, "expected a GeoJSON Feature object, found \(value.typeDescription)")
            return
        }
        if feature["type"]?.string != "Feature" {
            reader.error("type", "is \(feature["type"].map { $0.string.map { "\"\($0)\"" } ?? $0.typeDescription } ?? "missing"); expected \"Feature\"")
        }
        guard let props = feature["properties"]?.object else {
            reader.error("properties", "missing or not an object", hint: "every feature needs properties with a \"kind\"")
            return
        }
        // Name the feature by its id in every later message.
        if let pid = props["id"]?.string ?? feature["id"]?.string { reader.feature = "feature \"\(pid)\"" }
        if let fid = feature["id"]?.string, let pid = props["id"]?.string, fid != pid {
            reader.error("id", "feature id \"\(fid)\" differs from properties.id \"\(pid)\"", hint: "make them equal")
        }
        guard let kind = reader.string(props, "kind", at: "properties") else { return }
        if kind == "basemap" && !readBasemap { return }
        guard feature["geometry"] != nil else {
            reader.error("geometry", "missing", hint: "GeoJSON features need a \"geometry\" member (null is allowed)")
            return
        }
        let geometry = reader.geometry(feature["geometry"], at: "geometry")
        let geometryGiven = !(feature["geometry"]?.isNull ?? true)
        if geometryGiven && geometry == nil { return }  // already reported
        switch kind {
        case "place": decodePlace(props, geometry, dispute: &dispute, reader: &reader)
        case "claim": decodeClaim(props, geometry, dispute: &dispute, reader: &reader)
        case "incident": decodeIncident(props, geometry, dispute: &dispute, reader: &reader)
        case "event": decodeEvent(props, geometry, dispute: &dispute, reader: &reader)
        case "basemap": decodeBasemap(props, geometry, dispute: &dispute, reader: &reader)
        case "treaty": decodeTreaty(props, geometry, dispute: &dispute, reader: &reader)
        default:
            reader.error("properties.kind", "unknown kind \"\(kind)\"", hint: "use one of \(kinds.joined(separator: ", "))")
        }
    }

    private static func id(_ props: JSONObject, reader: inout FieldReader) -> String? {
        guard let id = reader.string(props, "id", at: "properties") else { return nil }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "." }
        if !allowed || id.hasPrefix(".") {
            reader.error("properties.id", "\"\(id)\" is not a valid id", hint: "ids use lower-case letters, digits, '-', '_' and '.', e.g. \"lake-ilmen\"")
            return nil
        }
        return id
    }

    private static func date(_ props: JSONObject, reader: inout FieldReader) -> HistoricalDate? {
        guard let text = reader.string(props, "date", at: "properties") else { return nil }
        guard let d = HistoricalDate(text) else {
            reader.error("properties.date", "\"\(text)\" is not an ISO 8601 date", hint: "write 1938-07-11, 1938-07-30/1938-07-31 or 1938-08")
            return nil
        }
        return d
    }

    private static func decodePlace(_ p: JSONObject, _ geometry: GeoJSONGeometry?, dispute: inout Dispute, reader: inout FieldReader) {
        guard let id = id(p, reader: &reader) else { return }
        var names: [PlaceName] = []
        if let array = p["names"]?.array {
            for (i, n) in array.enumerated() {
                let path = "properties.names[\(i)]"
                guard let o = n.object else { reader.error(path, "expected {\"toponym\", \"lang\"}, found \(n.typeDescription)"); continue }
                guard let toponym = reader.string(o, "toponym", at: path), let lang = reader.string(o, "lang", at: path) else { continue }
                let cites = reader.citations(o, at: path)
                names.append(PlaceName(toponym: toponym, lang: lang, note: reader.string(o, "note", at: path, required: false),
                                       citations: cites.isEmpty ? nil : cites))
            }
        } else {
            reader.error("properties.names", "missing or not an array", hint: "list every attested name: [{\"toponym\": …, \"lang\": …}]")
        }
        var coordinate: Coordinate?
        switch geometry {
        case nil: coordinate = nil
        case .point(let c)?: coordinate = c
        case let g?:
            reader.error("geometry", "a place's geometry must be a Point or null, found \(g.typeName)",
                         hint: "draw areas and lines as basemap features that link the place with \"place\"")
            return
        }
        let typeText = reader.string(p, "type", at: "properties") ?? "point"
        let type = PlaceType(rawValue: typeText)
        if !PlaceType.known.contains(type) {
            reader.warning("properties.type", "\"\(typeText)\" is not a documented place type")
        }
        let title = reader.string(p, "title", at: "properties") ?? names.first?.toponym ?? id
        let certainty = reader.certainty(p, at: "properties") ?? .uncertain
        let uncertainty = reader.number(p, "uncertainty_m", at: "properties", range: 0...20_000_000)
        if certainty == .uncertain && coordinate != nil && uncertainty == nil {
            reader.warning("properties.uncertainty_m", "an uncertain position should say how uncertain",
                           hint: "add \"uncertainty_m\" (metres)")
        }
        dispute.places.append(Place(
            id: id, dispute: dispute.id, title: title, type: type, names: names, certainty: certainty,
            uncertaintyMeters: uncertainty,
            heightMeters: reader.number(p, "height_m", at: "properties", range: -500...9000),
            coordinate: coordinate,
            proxy: reader.string(p, "proxy", at: "properties", required: false),
            relative: relativePosition(p, reader: &reader),
            note: reader.string(p, "note", at: "properties", required: false),
            citations: reader.citations(p, at: "properties")))
    }

    private static func decodeClaim(_ p: JSONObject, _ geometry: GeoJSONGeometry?, dispute: inout Dispute, reader: inout FieldReader) {
        guard let id = id(p, reader: &reader) else { return }
        let claimant = reader.string(p, "claimant", at: "properties")
        guard case .lineString(let line)? = geometry else {
            reader.error("geometry", geometry == nil ? "a claim needs a LineString geometry" : "a claim's geometry must be a LineString, found \(geometry!.typeName)",
                         hint: "draw the claimed boundary as one LineString, lon/lat")
            return
        }
        guard let claimant else { return }
        dispute.claims.append(Claim(
            id: id, dispute: dispute.id, title: reader.string(p, "title", at: "properties") ?? id,
            claimant: claimant, basis: reader.string(p, "basis", at: "properties") ?? "",
            certainty: reader.certainty(p, at: "properties") ?? .uncertain,
            schematic: reader.bool(p, "schematic", at: "properties") ?? false,
            side: claimSide(p, reader: &reader),
            description: reader.string(p, "description", at: "properties", required: false),
            citations: reader.citations(p, at: "properties"), line: line))
    }

    private static func relativePosition(_ p: JSONObject, reader: inout FieldReader) -> RelativePosition? {
        guard let value = p["relative"], !value.isNull else { return nil }
        guard let o = value.object else {
            reader.error("properties.relative", "expected {\"anchor\", \"azimuth_deg\", \"distance_m\"}, found \(value.typeDescription)")
            return nil
        }
        let path = "properties.relative"
        guard let anchor = reader.string(o, "anchor", at: path),
              let azimuth = reader.number(o, "azimuth_deg", at: path, range: -360...360),
              let distance = reader.number(o, "distance_m", at: path, range: 0...20_100_000) else {
            if o["azimuth_deg"] == nil { reader.error("\(path).azimuth_deg", "missing") }
            if o["distance_m"] == nil { reader.error("\(path).distance_m", "missing") }
            return nil
        }
        return RelativePosition(anchor: anchor, azimuthDegrees: azimuth, distanceMeters: distance)
    }

    private static func claimSide(_ p: JSONObject, reader: inout FieldReader) -> LineSide? {
        guard let text = reader.string(p, "side", at: "properties", required: false) else { return nil }
        guard text == "left" || text == "right" else {
            reader.error("properties.side", "\"\(text)\" is not a side", hint: "use \"left\" or \"right\": the claimant's side of the line in drawing order")
            return nil
        }
        return LineSide(rawValue: text)
    }

    private static func decodeIncident(_ p: JSONObject, _ geometry: GeoJSONGeometry?, dispute: inout Dispute, reader: inout FieldReader) {
        guard let id = id(p, reader: &reader) else { return }
        let place = reader.string(p, "place", at: "properties", required: false)
        var coordinate: Coordinate?
        switch geometry {
        case nil:
            if place == nil {
                reader.error("geometry", "an incident needs a place or a Point geometry",
                             hint: "add \"place\": \"<place id>\", or make it an \"event\" if it has no place")
                return
            }
        case .point(let c)?: coordinate = c
        case let g?:
            reader.error("geometry", "an incident's geometry must be a Point, found \(g.typeName)")
            return
        }
        guard let date = date(p, reader: &reader) else { return }
        dispute.incidents.append(Incident(
            id: id, dispute: dispute.id, title: reader.string(p, "title", at: "properties") ?? id,
            titles: reader.stringMap(p, "titles", at: "properties"), date: date,
            place: place, coordinate: coordinate, parties: reader.strings(p, "parties", at: "properties"),
            summary: reader.string(p, "summary", at: "properties") ?? "",
            citations: reader.citations(p, at: "properties")))
    }

    private static func decodeEvent(_ p: JSONObject, _ geometry: GeoJSONGeometry?, dispute: inout Dispute, reader: inout FieldReader) {
        guard let id = id(p, reader: &reader) else { return }
        if geometry != nil {
            reader.warning("geometry", "an event is timeline-only; its geometry is ignored", hint: "make it an \"incident\" to map it")
        }
        guard let date = date(p, reader: &reader) else { return }
        dispute.events.append(TimelineEvent(
            id: id, dispute: dispute.id, title: reader.string(p, "title", at: "properties") ?? id, date: date,
            parties: reader.strings(p, "parties", at: "properties"),
            summary: reader.string(p, "summary", at: "properties") ?? "",
            citations: reader.citations(p, at: "properties")))
    }

    private static func decodeTreaty(_ p: JSONObject, _ geometry: GeoJSONGeometry?, dispute: inout Dispute, reader: inout FieldReader) {
        guard let id = id(p, reader: &reader) else { return }
        if geometry != nil { reader.warning("geometry", "a treaty has no geometry; it is ignored") }
        var names: [PlaceName] = []
        for (i, n) in (p["names"]?.array ?? []).enumerated() {
            let path = "properties.names[\(i)]"
            guard let o = n.object, let toponym = reader.string(o, "toponym", at: path), let lang = reader.string(o, "lang", at: path) else {
                if n.object == nil { reader.error(path, "expected {\"toponym\", \"lang\"}, found \(n.typeDescription)") }
                continue
            }
            names.append(PlaceName(toponym: toponym, lang: lang, note: nil, citations: nil))
        }
        if names.isEmpty { reader.error("properties.names", "a treaty needs the names documents cite it by", hint: "e.g. [{\"toponym\": \"Vienna\", \"lang\": \"en\"}]") }
        dispute.treaties.append(Treaty(id: id, dispute: dispute.id, title: reader.string(p, "title", at: "properties") ?? id,
                                       places: reader.strings(p, "places", at: "properties"), names: names,
                                       citations: reader.citations(p, at: "properties")))
    }

    private static func decodeBasemap(_ p: JSONObject, _ geometry: GeoJSONGeometry?, dispute: inout Dispute, reader: inout FieldReader) {
        guard let layerText = reader.string(p, "layer", at: "properties") else { return }
        guard let layer = BasemapFeature.Layer(rawValue: layerText) else {
            reader.error("properties.layer", "unknown layer \"\(layerText)\"",
                         hint: "use one of \(BasemapFeature.Layer.allCases.map(\.rawValue).joined(separator: ", "))")
            return
        }
        guard let geometry else {
            reader.error("geometry", "a basemap feature needs a geometry")
            return
        }
        let optionalID = p["id"].flatMap { $0.isNull ? nil : $0 } != nil ? id(p, reader: &reader) : nil
        dispute.basemap.append(BasemapFeature(
            id: optionalID, dispute: dispute.id, layer: layer,
            name: reader.string(p, "name", at: "properties", required: false),
            place: reader.string(p, "place", at: "properties", required: false),
            source: reader.string(p, "source", at: "properties", required: false),
            accuracyMeters: reader.number(p, "accuracy_m", at: "properties", range: 0...1e7),
            era: reader.string(p, "era", at: "properties", required: false),
            scale: reader.string(p, "scale", at: "properties", required: false),
            note: reader.string(p, "note", at: "properties", required: false),
            geometry: geometry))
    }
}
