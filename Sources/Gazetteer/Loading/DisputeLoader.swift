import Foundation
import GeoTypes

/// The outcome of reading one dispute file: the model (when usable) and every problem found.
public struct LoadedDispute: Sendable {
    /// The dispute, or nil when the file is not usable at all.
    public var dispute: Dispute?
    /// Problems found while reading.
    public var diagnostics: [Diagnostic]
}

/// Reads a dispute GeoJSON file (format in GeoData/README.md) into the domain model.
public enum DisputeLoader {
    /// Largest file accepted, to keep memory bounded (raise with `BORDERLINES_MAX_DATA_MB`).
    public static var maxFileBytes: Int {
        EnvironmentLimit.positive("BORDERLINES_MAX_DATA_MB", default: 256) << 20
    }

    /// Reads and parses a file. Throws only when the file cannot be read; data problems are diagnostics.
    /// `readBasemap: false` skips basemap features (see `parse`).
    public static func load(path: String, readBasemap: Bool = true) throws(GazetteerError) -> LoadedDispute {
        let bytes = try readFile(path)
        return parse(bytes: bytes, path: path, readBasemap: readBasemap)
    }

    /// Reads a whole file, refusing directories and files over the size limit.
    static func readFile(_ path: String) throws(GazetteerError) -> [UInt8] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw .cannotRead(path: path, reason: "no such file")
        }
        if isDir.boolValue { throw .cannotRead(path: path, reason: "is a directory; give a .geojson file") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .cannotRead(path: path, reason: "permission denied or unreadable") }
        defer { close(fd) }
        let limit = maxFileBytes
        let data = try readAll(fd, path: path, atMost: limit + 1)
        if data.count > limit {
            // Too big is a property of the data, not a read failure: exit 65, with the way out.
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
            let shown = size.map { "is \(($0 + (1 << 20) - 1) >> 20) MB" } ?? "is over the limit"
            throw .invalidData([Diagnostic(.error, file: path,
                                           message: "\(shown), more than the \(limit >> 20) MB a dispute file may have",
                                           hint: "simplify the geometry, or set BORDERLINES_MAX_DATA_MB to raise the limit")])
        }
        return data
    }

    /// Reads `fd` to its end, or to `atMost` bytes, straight into one array sized from fstat.
    /// (FileHandle's read gave a Data that was then copied: two buffers, twice the page faults,
    /// for every data file at every start-up.)
    private static func readAll(_ fd: Int32, path: String, atMost: Int) throws(GazetteerError) -> [UInt8] {
        var st = stat()
        let expected = fstat(fd, &st) == 0 && st.st_size > 0 ? Int(st.st_size) : 1 << 16
        // One byte past the expected size, so that reaching the end needs no second buffer.
        var bytes = [UInt8](repeating: 0, count: min(expected + 1, atMost))
        var count = 0
        while true {
            if count == bytes.count {
                if count >= atMost { break }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, atMost - count)))
            }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Parses bytes already in memory; `path` names the file in messages and gives the dispute id.
    /// `readBasemap: false` is for callers that draw no map (extract): basemap features, most of a
    /// file's coordinates, are then left out unparsed, and so are their problems (validate and
    /// render, which read them, report those). Everything else reads and reports the same.
    public static func parse(bytes: [UInt8], path: String, readBasemap: Bool = true) -> LoadedDispute {
        let id = disputeID(forPath: path)
        var reader = FieldReader(file: path)
        let root: JSONValue
        do {
            // Without the basemap, coordinates are parsed only when read (claims' lines are).
            root = try JSONParser.parse(bytes, deferring: readBasemap ? nil : "coordinates")
        } catch {
            reader.diagnostics.append(Diagnostic(.error, file: path, line: error.line, column: error.column,
                                                 message: "not valid JSON: \(error.reason)",
                                                 hint: "fix the JSON syntax (a GeoJSON FeatureCollection is expected)"))
            return LoadedDispute(dispute: nil, diagnostics: reader.diagnostics)
        }
        guard let top = root.object else {
            reader.error(nil, "top level is \(root.typeDescription), not a GeoJSON FeatureCollection object", line: 1)
            return LoadedDispute(dispute: nil, diagnostics: reader.diagnostics)
        }
        reader.line = top.line
        let type = top["type"]?.string
        guard type == "FeatureCollection" else {
            reader.error("type", "is \(type.map { "\"\($0)\"" } ?? "missing"); expected \"FeatureCollection\"",
                         hint: "a dispute file is one GeoJSON FeatureCollection")
            return LoadedDispute(dispute: nil, diagnostics: reader.diagnostics)
        }
        guard let features = top["features"]?.array else {
            reader.error("features", "missing or not an array", hint: "add \"features\": [ … ]")
            return LoadedDispute(dispute: nil, diagnostics: reader.diagnostics)
        }

        var dispute = Dispute(id: id, title: id, titles: [:], period: nil, summary: nil, parties: [], sources: [],
                              places: [], claims: [], incidents: [], events: [], basemap: [], path: path)
        readHeader(top, into: &dispute, reader: &reader)

        for (index, value) in features.enumerated() {
            reader.feature = "features[\(index)]"
            reader.line = value.object?.line ?? top.line
            if let o = value.object, let fid = o["properties"]?.object?["id"]?.string ?? o["id"]?.string,
               dispute.featureLines[fid] == nil {
                dispute.featureLines[fid] = o.line
            }
            FeatureDecoder.decode(value, dispute: &dispute, reader: &reader, readBasemap: readBasemap)
        }
        reader.feature = nil
        resolveIncidentPositions(&dispute)
        dispute.incidents.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        dispute.events.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        return LoadedDispute(dispute: dispute, diagnostics: reader.diagnostics)
    }

    /// The dispute id is the file name without its extension.
    public static func disputeID(forPath path: String) -> String {
        let name = (path as NSString).lastPathComponent
        if name.hasSuffix(".geojson") { return String(name.dropLast(8)) }
        if name.hasSuffix(".json") { return String(name.dropLast(5)) }
        return (name as NSString).deletingPathExtension
    }

    private static func readHeader(_ top: JSONObject, into dispute: inout Dispute, reader: inout FieldReader) {
        if let version = top["borderlines"], version.number != 1 {
            reader.error("borderlines", "format version \(version.number.map { reader.format($0) } ?? version.typeDescription) is not supported",
                         hint: "this Borderlines reads format version 1")
        }
        if let header = top["dispute"]?.object {
            reader.line = header.line
            dispute.title = reader.string(header, "title", at: "dispute") ?? dispute.id
            dispute.titles = reader.stringMap(header, "titles", at: "dispute")
            dispute.period = reader.string(header, "period", at: "dispute", required: false)
            dispute.summary = reader.string(header, "summary", at: "dispute", required: false)
            if let parties = header["parties"]?.array {
                for (i, p) in parties.enumerated() {
                    let path = "dispute.parties[\(i)]"
                    guard let o = p.object else { reader.error(path, "expected an object, found \(p.typeDescription)"); continue }
                    guard let pid = reader.string(o, "id", at: path) else { continue }
                    dispute.parties.append(Party(id: pid, name: reader.string(o, "name", at: path) ?? pid,
                                                 names: reader.stringMap(o, "names", at: path)))
                }
            } else {
                reader.error("dispute.parties", "missing or not an array", hint: "list the parties: [{\"id\": …, \"name\": …}]")
            }
        } else {
            reader.error("dispute", "missing or not an object", hint: "add \"dispute\": {\"title\": …, \"parties\": […]}")
        }
        if let sources = top["sources"]?.array {
            for (i, s) in sources.enumerated() {
                let path = "sources[\(i)]"
                guard let o = s.object else { reader.error(path, "expected an object, found \(s.typeDescription)"); continue }
                reader.line = o.line
                guard let sid = reader.string(o, "id", at: path) else { continue }
                let kindText = reader.string(o, "kind", at: path) ?? "reference"
                guard let kind = Source.Kind(rawValue: kindText) else {
                    reader.error("\(path).kind", "\"\(kindText)\" is not a source kind", hint: "use document, reference or dataset")
                    continue
                }
                dispute.sources.append(Source(
                    id: sid, kind: kind, title: reader.string(o, "title", at: path) ?? sid,
                    archive: reader.string(o, "archive", at: path, required: false),
                    file: reader.string(o, "file", at: path, required: false),
                    sha256: reader.string(o, "sha256", at: path, required: false),
                    url: reader.string(o, "url", at: path, required: false),
                    license: reader.string(o, "license", at: path, required: false),
                    attribution: reader.string(o, "attribution", at: path, required: false)))
            }
        } else if top["sources"] != nil {
            reader.error("sources", "expected an array of sources")
        }
    }

    /// Incidents given by place reference take the place's point (or its proxy's).
    private static func resolveIncidentPositions(_ dispute: inout Dispute) {
        let byID = Dictionary(dispute.places.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for i in dispute.incidents.indices where dispute.incidents[i].coordinate == nil {
            guard let pid = dispute.incidents[i].place, let place = byID[pid] else { continue }
            dispute.incidents[i].coordinate = place.coordinate ?? place.proxy.flatMap { byID[$0]?.coordinate }
        }
    }
}
