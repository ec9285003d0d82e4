import Foundation
import GeoTypes

/// Reads typed fields out of JSON objects, recording a diagnostic for each one that is wrong.
///
/// Readers never throw: a file with ten problems gets ten messages in one run.
struct FieldReader {
    let file: String
    var feature: String?
    var line: Int?
    var diagnostics: [Diagnostic] = []
    /// Positions read so far in this file, against `FieldReader.maxPositions`.
    var positionCount = 0
    /// True once the position limit has been reported (one message, not one per feature).
    var positionLimitReported = false

    /// Most positions one file may hold, so GEOS's noding and validity checks stay within seconds
    /// and memory bounded (raise with `BORDERLINES_MAX_VERTICES`).
    static var maxPositions: Int { EnvironmentLimit.positive("BORDERLINES_MAX_VERTICES", default: 250_000) }

    init(file: String) { self.file = file }

    mutating func error(_ field: String?, _ message: String, hint: String? = nil, line: Int? = nil) {
        diagnostics.append(Diagnostic(.error, file: file, line: line ?? self.line, feature: feature, field: field, message: message, hint: hint))
    }

    mutating func warning(_ field: String?, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, file: file, line: line, feature: feature, field: field, message: message, hint: hint))
    }

    /// A required (or optional) string member.
    mutating func string(_ object: JSONObject, _ key: String, at path: String, required: Bool = true) -> String? {
        guard let value = object[key], !value.isNull else {
            if required { error(join(path, key), "missing", hint: "add a \"\(key)\" string") }
            return nil
        }
        guard let s = value.string else {
            error(join(path, key), "expected a string, found \(value.typeDescription)")
            return nil
        }
        if required && s.allSatisfy(\.isWhitespace) {
            error(join(path, key), "is empty", hint: "write a value")
            return nil
        }
        return s
    }

    /// An optional number member, checked against a range.
    mutating func number(_ object: JSONObject, _ key: String, at path: String, range: ClosedRange<Double>? = nil) -> Double? {
        guard let value = object[key], !value.isNull else { return nil }
        guard let n = value.number else {
            error(join(path, key), "expected a number, found \(value.typeDescription)")
            return nil
        }
        if let range, !range.contains(n) {
            error(join(path, key), "\(format(n)) is outside \(format(range.lowerBound))…\(format(range.upperBound))")
            return nil
        }
        return n
    }

    /// An optional boolean member.
    mutating func bool(_ object: JSONObject, _ key: String, at path: String) -> Bool? {
        guard let value = object[key], !value.isNull else { return nil }
        guard let b = value.bool else {
            error(join(path, key), "expected true or false, found \(value.typeDescription)")
            return nil
        }
        return b
    }

    /// An optional array of strings.
    mutating func strings(_ object: JSONObject, _ key: String, at path: String) -> [String] {
        guard let value = object[key], !value.isNull else { return [] }
        guard let array = value.array else {
            error(join(path, key), "expected an array of strings, found \(value.typeDescription)")
            return []
        }
        var out: [String] = []
        for (i, element) in array.enumerated() {
            if let s = element.string { out.append(s) } else { error("\(join(path, key))[\(i)]", "expected a string, found \(element.typeDescription)") }
        }
        return out
    }

    /// An optional object of language → string.
    mutating func stringMap(_ object: JSONObject, _ key: String, at path: String) -> [String: String] {
        guard let value = object[key], !value.isNull else { return [:] }
        guard let map = value.object else {
            error(join(path, key), "expected an object of language → text, found \(value.typeDescription)")
            return [:]
        }
        var out: [String: String] = [:]
        for (k, v) in map.members {
            if let s = v.string { out[k] = s } else { error("\(join(path, key)).\(k)", "expected a string, found \(v.typeDescription)") }
        }
        return out
    }

    /// The certainty vocabulary.
    mutating func certainty(_ object: JSONObject, at path: String, required: Bool = true) -> Certainty? {
        guard let text = string(object, "certainty", at: path, required: required) else { return nil }
        guard let c = Certainty(rawValue: text) else {
            error(join(path, "certainty"), "\"\(text)\" is not a certainty", hint: "use certain, less-certain or uncertain")
            return nil
        }
        return c
    }

    /// A citation list.
    mutating func citations(_ object: JSONObject, at path: String) -> [Citation] {
        guard let value = object["citations"], !value.isNull else { return [] }
        let field = join(path, "citations")
        guard let array = value.array else {
            error(field, "expected an array of citations, found \(value.typeDescription)")
            return []
        }
        var out: [Citation] = []
        for (i, element) in array.enumerated() {
            let p = "\(field)[\(i)]"
            guard let o = element.object else { error(p, "expected a citation object, found \(element.typeDescription)"); continue }
            guard let source = string(o, "source", at: p) else { continue }
            var span: SourceSpan?
            if let s = o["span"], !s.isNull {
                if let a = s.array, a.count == 2, let start = a[0].number, let end = a[1].number,
                   start == start.rounded(), end == end.rounded(), start >= 0, end >= start, end < 1e15 {
                    span = SourceSpan(start: Int(start), end: Int(end))
                } else {
                    error(join(p, "span"), "expected [start, end] with whole numbers 0 ≤ start ≤ end", hint: "spans are Unicode code-point offsets, end exclusive")
                }
            }
            out.append(Citation(source: source, span: span,
                                quote: string(o, "quote", at: p, required: false),
                                page: pageString(o, at: p),
                                note: string(o, "note", at: p, required: false)))
        }
        return out
    }

    private mutating func pageString(_ o: JSONObject, at path: String) -> String? {
        guard let v = o["page"], !v.isNull else { return nil }
        if let n = v.number { return format(n) }
        return string(o, "page", at: path, required: false)
    }

    /// A GeoJSON geometry with every position checked; nil for null or when invalid.
    mutating func geometry(_ value: JSONValue?, at path: String) -> GeoJSONGeometry? {
        guard let value, !value.isNull else { return nil }
        guard let o = value.object else {
            error(path, "expected a GeoJSON geometry object or null, found \(value.typeDescription)")
            return nil
        }
        let savedLine = line
        line = o.line
        defer { line = savedLine }
        guard let type = string(o, "type", at: path) else { return nil }
        guard let coords = o["coordinates"] else {
            error(join(path, "coordinates"), "missing", hint: "a \(type) needs \"coordinates\"")
            return nil
        }
        let cpath = join(path, "coordinates")
        switch type {
        case "Point":
            return position(coords, at: cpath).map { .point($0) }
        case "MultiPoint":
            return positions(coords, at: cpath, minimum: 1).map { .multiPoint($0) }
        case "LineString":
            return positions(coords, at: cpath, minimum: 2).map { .lineString($0) }
        case "MultiLineString":
            return nested(coords, at: cpath) { r, v, p in r.positions(v, at: p, minimum: 2) }.map { .multiLineString($0) }
        case "Polygon":
            return rings(coords, at: cpath).map { .polygon($0) }
        case "MultiPolygon":
            return nested(coords, at: cpath) { r, v, p in r.rings(v, at: p) }.map { .multiPolygon($0) }
        case "GeometryCollection":
            error(join(path, "type"), "GeometryCollection is not supported", hint: "split it into one feature per geometry")
            return nil
        default:
            error(join(path, "type"), "unknown geometry type \"\(type)\"", hint: "use Point, LineString, Polygon or their Multi- forms")
            return nil
        }
    }

    private mutating func nested<T>(_ value: JSONValue, at path: String, _ read: (inout FieldReader, JSONValue, String) -> T?) -> [T]? {
        guard let array = value.array, !array.isEmpty else {
            error(path, "expected a non-empty array, found \(value.typeDescription)")
            return nil
        }
        var out: [T] = []
        var ok = true
        for (i, element) in array.enumerated() {
            if let t = read(&self, element, "\(path)[\(i)]") { out.append(t) } else { ok = false }
        }
        return ok ? out : nil
    }

    mutating func rings(_ value: JSONValue, at path: String) -> [[Coordinate]]? {
        guard let rings = nested(value, at: path, { r, v, p in r.positions(v, at: p, minimum: 4) }) else { return nil }
        var ok = true
        for (i, ring) in rings.enumerated() where ring.first != ring.last {
            error("\(path)[\(i)]", "ring is not closed (first position [\(format(ring.first!.x)), \(format(ring.first!.y))] ≠ last [\(format(ring.last!.x)), \(format(ring.last!.y))])",
                  hint: "repeat the first position at the end of the ring")
            ok = false
        }
        return ok ? rings : nil
    }

    mutating func positions(_ value: JSONValue, at path: String, minimum: Int) -> [Coordinate]? {
        guard let array = value.array else {
            error(path, "expected an array of positions, found \(value.typeDescription)", hint: "give [[lon, lat], [lon, lat], …] in decimal degrees")
            return nil
        }
        guard array.count >= minimum else {
            error(path, "has \(array.count) position\(array.count == 1 ? "" : "s"); at least \(minimum) needed",
                  hint: minimum == 4 ? "a ring repeats its first position at the end, so a triangle has four"
                      : minimum == 2 ? "a line needs two or more [lon, lat] positions; use a Point for a single place" : nil)
            return nil
        }
        positionCount += array.count
        if positionCount > FieldReader.maxPositions {
            if !positionLimitReported {
                positionLimitReported = true
                error(path, "the file has more than \(FieldReader.maxPositions) positions",
                      hint: "simplify the geometry (a map at this scale needs far fewer vertices) or raise the limit with BORDERLINES_MAX_VERTICES")
            }
            return nil
        }
        var out: [Coordinate] = []
        out.reserveCapacity(array.count)
        var firstBad: String?
        for (i, element) in array.enumerated() {
            // A valid position needs no path; building one per vertex cost more than the check.
            if let c = FieldReader.validPosition(element) { out.append(c); continue }
            if let c = position(element, at: "\(path)[\(i)]", report: firstBad == nil) { out.append(c) } else if firstBad == nil { firstBad = "\(path)[\(i)]" }
        }
        return firstBad == nil ? out : nil
    }

    /// The position `value` holds when it is a valid one ([lon, lat] numbers in range), else nil;
    /// exactly the positions `position(_:at:)` accepts, without its messages.
    static func validPosition(_ value: JSONValue) -> Coordinate? {
        guard let a = value.array, a.count >= 2, let lon = a[0].number, let lat = a[1].number,
              (-180...180).contains(lon), (-90...90).contains(lat) else { return nil }
        return Coordinate(lon: lon, lat: lat)
    }

    /// One [lon, lat] position; `report: false` keeps a broken million-vertex line from producing a million messages.
    mutating func position(_ value: JSONValue, at path: String, report: Bool = true) -> Coordinate? {
        guard let a = value.array, a.count >= 2 else {
            if report { error(path, "expected a position [longitude, latitude], found \(value.array.map { "\($0.count) value(s)" } ?? value.typeDescription)", hint: "write each position as [lon, lat] in decimal degrees, e.g. [130.59, 42.447]") }
            return nil
        }
        guard let lon = a[0].number, let lat = a[1].number else {
            if report { error(path, "longitude and latitude must be numbers, found \(a[0].typeDescription) and \(a[1].typeDescription)", hint: "write numbers without quotes, e.g. [130.59, 42.447]") }
            return nil
        }
        guard (-180...180).contains(lon), (-90...90).contains(lat) else {
            if report {
                error(path, "position [\(format(lon)), \(format(lat))] is out of range",
                      hint: "GeoJSON order is [longitude, latitude] in WGS84 degrees; longitude −180…180, latitude −90…90")
            }
            return nil
        }
        return Coordinate(lon: lon, lat: lat)
    }

    private func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func format(_ n: Double) -> String {
        n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
    }
}
