import Foundation
@testable import Gazetteer
import TestSupport

/// A small, valid dispute file written by the tests themselves, with hooks to break it one way at a time.
struct DisputeFixture {
    var header: [String: Any] = [
        "title": "Test dispute",
        "parties": [["id": "north", "name": "North"], ["id": "south", "name": "South"]],
    ]
    var sources: [[String: Any]] = [
        ["id": "memo", "kind": "document", "title": "A memo", "file": "memo.txt"],
        ["id": "notes", "kind": "reference", "title": "Research notes"],
    ]
    var features: [[String: Any]] = [
        place("ridge", [10.0, 50.0], names: [["toponym": "Ridge Hill", "lang": "en"], ["toponym": "Хребет", "lang": "ru"]]),
        place("pond", [10.02, 50.0], type: "lake"),
        [
            "type": "Feature", "id": "claim-north",
            "geometry": ["type": "LineString", "coordinates": [[10.0, 49.9], [10.0, 50.1]]],
            "properties": ["kind": "claim", "id": "claim-north", "title": "North's line", "claimant": "north",
                           "basis": "a treaty map", "certainty": "uncertain", "schematic": true,
                           "citations": [["source": "memo", "span": [0, 5], "quote": "North"]]],
        ],
        [
            "type": "Feature", "id": "claim-south",
            "geometry": ["type": "LineString", "coordinates": [[10.0, 49.9], [10.01, 50.0], [10.0, 50.1]]],
            "properties": ["kind": "claim", "id": "claim-south", "title": "South's line", "claimant": "south",
                           "basis": "a survey", "certainty": "less-certain"],
        ],
        [
            "type": "Feature", "id": "clash", "geometry": NSNull(),
            "properties": ["kind": "incident", "id": "clash", "title": "Clash on the ridge", "date": "1938-07-30/1938-07-31",
                           "place": "ridge", "parties": ["north", "south"], "summary": "A clash.",
                           "citations": [["source": "notes", "note": "p. 3"]]],
        ],
        [
            "type": "Feature", "id": "talks", "geometry": NSNull(),
            "properties": ["kind": "event", "id": "talks", "title": "Talks", "date": "1938-08-04", "parties": ["north"], "summary": "Talks."],
        ],
        [
            "type": "Feature",
            "geometry": ["type": "Polygon", "coordinates": [[[10.015, 49.99], [10.025, 49.99], [10.025, 50.01], [10.015, 50.01], [10.015, 49.99]]]],
            "properties": ["kind": "basemap", "layer": "lake", "place": "pond", "source": "notes", "accuracy_m": 100],
        ],
    ]

    static func place(_ id: String, _ point: [Double]?, type: String = "hill", names: [[String: Any]]? = nil) -> [String: Any] {
        [
            "type": "Feature", "id": id,
            "geometry": point.map { ["type": "Point", "coordinates": $0] as Any } ?? NSNull(),
            "properties": ["kind": "place", "id": id, "title": id.capitalized, "type": type,
                           "names": names ?? [["toponym": id.capitalized, "lang": "en"]],
                           "certainty": "uncertain", "uncertainty_m": 500] as [String: Any],
        ]
    }

    /// The document the fixture's citations point into.
    static let memoText = "North says the line runs along the crest."

    /// Changes one property of the feature with `id` (nil removes it).
    mutating func setProperty(_ id: String, _ key: String, _ value: Any?) {
        let i = features.firstIndex { ($0["properties"] as? [String: Any])?["id"] as? String == id }!
        var props = features[i]["properties"] as! [String: Any]
        props[key] = value
        features[i]["properties"] = props
    }

    /// Replaces the geometry of the feature with `id`.
    mutating func setGeometry(_ id: String, _ geometry: Any) {
        let i = features.firstIndex { ($0["properties"] as? [String: Any])?["id"] as? String == id }!
        features[i]["geometry"] = geometry
    }

    var json: String {
        let object: [String: Any] = ["type": "FeatureCollection", "borderlines": 1, "dispute": header, "sources": sources, "features": features]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes the fixture (and the memo document) into a fresh temporary directory; returns the dispute's path.
    func write(name: String = "test-dispute", text: String? = nil) throws -> String {
        let dir = try TestScratch.directory("gazetteer-tests")
        let path = (dir as NSString).appendingPathComponent("\(name).geojson")
        try (text ?? json).write(toFile: path, atomically: true, encoding: .utf8)
        try DisputeFixture.memoText.write(toFile: (dir as NSString).appendingPathComponent("memo.txt"), atomically: true, encoding: .utf8)
        return path
    }
}
