import Foundation
import Gazetteer
import Geoparser

/// The two fuzz harnesses. Each takes arbitrary bytes and must return without crashing, hanging
/// or growing memory without bound; what the library says about the input does not matter here.
enum FuzzHarness {
    /// The targets by name (the first argument of the replayer, `BORDERLINES_FUZZ_TARGET` when fuzzing).
    static let targets: [String: @Sendable ([UInt8]) -> Void] = [
        "geojson": { geojson($0) },
        "geoparser": { geoparser($0) },
    ]

    /// Bytes → `DisputeLoader.parse`, then `DisputeValidator.validate` when a dispute comes back.
    static func geojson(_ bytes: [UInt8]) {
        let loaded = DisputeLoader.parse(bytes: bytes, path: "fuzz-2000.geojson")
        guard let dispute = loaded.dispute else { return }
        _ = DisputeValidator.validate(dispute)
    }

    /// Bytes → the geoparser over a tiny fixed gazetteer: the in-memory text path (bytes decoded as
    /// UTF-8 with replacement) and the streaming byte path, once with the default buffer and once
    /// with a small one chosen by the input so chunk boundaries land everywhere.
    static func geoparser(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = parser.extract(text: text, document: "fuzz.txt")
        let whole = CollectingSink(document: "fuzz.txt", sha256: "")
        parser.extract(bytes: bytes, into: whole)
        let chunked = CollectingSink(document: "fuzz.txt", sha256: "")
        parser.extract(bytes: bytes, into: chunked, chunkSize: 1 + Int(bytes.last ?? 0) % 17)
    }

    /// The geoparser over `gazetteerJSON`, compiled once.
    static let parser: Geoparser = {
        let loaded = DisputeLoader.parse(bytes: Array(gazetteerJSON.utf8), path: "fuzzland-1938.geojson")
        guard let dispute = loaded.dispute else {
            fatalError("the fuzz gazetteer does not load: \(loaded.diagnostics)")
        }
        let treaties = TreatyTable(treaties: [
            .init(id: "fuzz-protocol-1886", title: "1886 protocol", places: ["hunchun"], names: []),
            .init(id: "fuzz-treaty-1860", title: "1860 treaty", places: [], names: ["Peking", "北京"]),
        ])
        return Geoparser(gazetteer: Gazetteer(disputes: [dispute]), treaties: treaties)
    }()

    /// A tiny dispute: a few places with names in English, Russian, Japanese and Chinese, two
    /// parties and one incident, so every rule of the geoparser has something to match.
    static let gazetteerJSON = #"""
    {"type":"FeatureCollection","borderlines":1,
     "dispute":{"title":"Fuzzland","parties":[{"id":"ussr","name":"USSR"},{"id":"japan","name":"Japan"}]},
     "features":[
      {"type":"Feature","id":"changkufeng","geometry":{"type":"Point","coordinates":[130.59,42.447]},
       "properties":{"kind":"place","id":"changkufeng","title":"Changkufeng","type":"hill","uncertainty_m":1500,"certainty":"less-certain",
        "names":[{"toponym":"Changkufeng","lang":"en"},{"toponym":"Заозёрная","lang":"ru"},{"toponym":"張鼓峰","lang":"ja"},{"toponym":"张鼓峰","lang":"zh-Hans"}]}},
      {"type":"Feature","id":"lake-khasan","geometry":{"type":"Point","coordinates":[130.608056,42.448611]},
       "properties":{"kind":"place","id":"lake-khasan","title":"Lake Khasan","type":"lake","certainty":"less-certain",
        "names":[{"toponym":"Lake Khasan","lang":"en"},{"toponym":"Khasan","lang":"en"},{"toponym":"озеро Хасан","lang":"ru"},{"toponym":"ハサン湖","lang":"ja"},{"toponym":"哈桑湖","lang":"zh"}]}},
      {"type":"Feature","id":"khasan","geometry":{"type":"Point","coordinates":[130.645556,42.428333]},
       "properties":{"kind":"place","id":"khasan","title":"Khasan","type":"settlement","certainty":"less-certain",
        "names":[{"toponym":"Khasan","lang":"en"},{"toponym":"Хасан","lang":"ru"}]}},
      {"type":"Feature","id":"hill-588","geometry":{"type":"Point","coordinates":[131.180708,44.273446]},
       "properties":{"kind":"place","id":"hill-588","title":"Hill 588","type":"hill","uncertainty_m":3000,"certainty":"less-certain",
        "names":[{"toponym":"Hill 588","lang":"en"},{"toponym":"высота 588","lang":"ru"},{"toponym":"588高地","lang":"ja"}]}},
      {"type":"Feature","id":"hunchun","geometry":{"type":"Point","coordinates":[130.366,42.863]},
       "properties":{"kind":"place","id":"hunchun","title":"Hunchun","type":"settlement","certainty":"less-certain",
        "names":[{"toponym":"Hunchun","lang":"en"},{"toponym":"Hunch'un","lang":"en"},{"toponym":"珲春","lang":"zh"},{"toponym":"琿春","lang":"ja"},{"toponym":"Хуньчунь","lang":"ru"}]}},
      {"type":"Feature","id":"gladukha-barrier","geometry":null,
       "properties":{"kind":"place","id":"gladukha-barrier","title":"Gladukha barrier","type":"point","proxy":"hill-588","certainty":"uncertain",
        "names":[{"toponym":"Gladukha barrier","lang":"en"}]}},
      {"type":"Feature","id":"ussr","geometry":null,
       "properties":{"kind":"place","id":"ussr","title":"USSR","type":"polity","certainty":"uncertain",
        "names":[{"toponym":"USSR","lang":"en"},{"toponym":"U.S.S.R.","lang":"en"},{"toponym":"СССР","lang":"ru"},{"toponym":"ソ連","lang":"ja"},{"toponym":"苏联","lang":"zh"}]}},
      {"type":"Feature","id":"changkufeng-1938-07-31","geometry":null,
       "properties":{"kind":"incident","id":"changkufeng-1938-07-31","title":"Changkufeng","date":"1938-07-30/1938-07-31","place":"changkufeng","parties":["ussr"],"summary":"fuzz"}},
      {"type":"Feature","id":"fuzz-protocol-1886","geometry":null,
       "properties":{"kind":"treaty","id":"fuzz-protocol-1886","title":"1886 protocol","places":["hunchun"],"names":[{"toponym":"Hunchun","lang":"en"}]}}
     ]}
    """#
}
