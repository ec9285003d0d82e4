import Foundation
import Gazetteer

/// A small dispute written by the tests: every string a report prints is hostile (markup,
/// Markdown syntax, path tricks), so escaping and path safety can be checked end to end.
enum HostileFixture {
    static let script = "<script>alert(1)</script>"

    /// The GeoJSON text of the dispute.
    static func geojson() -> String {
        func place(_ id: String, _ title: String, _ lon: Double, _ lat: Double) -> [String: Any] {
            ["type": "Feature", "id": id, "geometry": ["type": "Point", "coordinates": [lon, lat]],
             "properties": ["kind": "place", "id": id, "title": title, "type": "hill", "certainty": "certain",
                            "names": [["toponym": title, "lang": "en"]]] as [String: Any]]
        }
        let quote = "He said: \(script) | *bold* [link](javascript:alert(2))"
        let features: [[String: Any]] = [
            place("evil-hill", script, 10.0, 50.0),
            place("ok-hill", "Hill & \"Quote\" 'n' `tick`", 10.03, 50.02),
            ["type": "Feature", "id": "claim-a", "geometry": ["type": "LineString", "coordinates": [[10.0, 49.9], [10.0, 50.1]]],
             "properties": ["kind": "claim", "id": "claim-a", "title": "A's line", "claimant": "a", "basis": "a map", "certainty": "certain",
                            "side": "left", "citations": [["source": "memo", "span": [0, 5], "quote": quote, "page": "7"]]] as [String: Any]],
            ["type": "Feature", "id": "claim-b", "geometry": ["type": "LineString", "coordinates": [[10.0, 49.9], [10.02, 50.0], [10.0, 50.1]]],
             "properties": ["kind": "claim", "id": "claim-b", "title": "B's line", "claimant": "b", "basis": "a survey", "certainty": "certain",
                            "side": "right", "citations": [["source": "notes", "note": script]]] as [String: Any]],
            ["type": "Feature", "id": "escape", "geometry": NSNull(),
             "properties": ["kind": "incident", "id": "escape", "title": "Clash at \(script)", "date": "1938-07-30/1938-07-31",
                            "place": "evil-hill", "parties": ["a", "b"], "summary": "A clash; see \(script).",
                            "citations": [["source": "memo", "span": [0, 5], "quote": quote]]] as [String: Any]],
            ["type": "Feature", "id": "overview", "geometry": NSNull(),
             "properties": ["kind": "incident", "id": "overview", "title": "An incident called overview", "date": "1938-08-02",
                            "place": "ok-hill", "parties": ["b"], "summary": "Takes a reserved name.",
                            "citations": [["source": "notes", "page": "12"]]] as [String: Any]],
            ["type": "Feature", "id": "talks", "geometry": NSNull(),
             "properties": ["kind": "event", "id": "talks", "title": "Talks about \(script)", "date": "1938-08-04", "parties": ["a"],
                            "summary": "Talks."] as [String: Any]],
        ]
        let root: [String: Any] = [
            "type": "FeatureCollection",
            "borderlines": 1,
            "dispute": ["title": "Dispute \(script)", "period": "1938-07/1938-08", "summary": "Summary with \(script) and # heading",
                        "parties": [["id": "a", "name": "Party <A>"], ["id": "b", "name": "Party *B*"]]] as [String: Any],
            "sources": [["id": "memo", "kind": "document", "title": "Memo \(script)", "file": "memo.txt"],
                        ["id": "notes", "kind": "reference", "title": "Notes](javascript:alert(3))"]],
            "features": features,
        ]
        let data = try! JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .prettyPrinted])
        return String(decoding: data, as: UTF8.self)
    }

    /// The fixture loaded, then given ids the loader would refuse (`../../escape`, a dispute id with
    /// `..`, `/`, a space and capitals), as a library user could build in memory.
    static func gazetteer() throws -> Gazetteer {
        var d = try Gazetteer.load(paths: [try write()]).disputes[0]
        d.id = "../Hostile 1938"
        d.incidents[0].id = "../../escape"
        for i in d.incidents.indices { d.incidents[i].dispute = d.id }
        return Gazetteer(disputes: [d])
    }

    /// Writes the fixture into a fresh directory as `<name>.geojson` and returns the file's path.
    static func write(name: String = "hostile-1938") throws -> String {
        let dir = try CommandRunner.temporaryDirectory()
        let path = "\(dir)/\(name).geojson"
        try geojson().write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
