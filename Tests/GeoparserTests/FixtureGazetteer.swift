import Foundation
import XCTest
import Gazetteer
@testable import Geoparser
import TestSupport

/// A small dispute file written by the tests: the seed's places with their attested names in four
/// languages (from research/facts.md §8), so no test depends on the bundled data.
enum FixtureGazetteer {
    /// (id, type, [lon, lat] or nil, uncertainty_m, proxy, names as (toponym, lang)).
    typealias Row = (String, String, [Double]?, Double?, String?, [(String, String)])

    static let rows: [Row] = [
        ("changkufeng", "hill", [130.59, 42.447], 1500, nil, [("Changkufeng", "en"), ("Chang-ku-feng", "en"), ("Chankufeng", "en"), ("Zhanggufeng", "zh-Latn"), ("Zaozyornaya", "en"), ("Zaozernaya", "en"), ("Заозёрная", "ru"), ("張鼓峰", "ja"), ("张鼓峰", "zh-Hans"), ("Chokoho", "ja-Latn")]),
        ("bezymyannaya", "hill", [130.584, 42.465], 1500, nil, [("Bezymyannaya", "en"), ("Bezymiannaya", "en"), ("Безымянная", "ru"), ("Shachaofeng", "en"), ("沙草峰", "zh")]),
        ("hill-52", "hill", [130.59, 42.436], 1000, nil, [("Hill 52", "en")]),
        ("hill-82", "hill", [130.59, 42.443], 1000, nil, [("Hill 82", "en")]),
        ("lake-khasan", "lake", [130.608056, 42.448611], nil, nil, [("Lake Khasan", "en"), ("Khasan", "en"), ("Hasan", "en"), ("Khassan", "en"), ("озеро Хасан", "ru"), ("ハサン湖", "ja"), ("哈桑湖", "zh"), ("Changchi", "zh-Latn"), ("长池", "zh")]),
        ("khasan", "settlement", [130.645556, 42.428333], nil, nil, [("Khasan", "en"), ("Хасан", "ru"), ("Podgornaya", "en")]),
        ("tumen-river", "river", [130.63825, 42.4195], nil, nil, [("Tumen", "en"), ("Tumen River", "en"), ("Tumen-ula", "en"), ("Tumen-Kiang", "en"), ("Tuman", "en"), ("Туманная", "ru"), ("图们江", "zh"), ("豆満江", "ja")]),
        ("tumen-town", "settlement", [129.85, 42.967], nil, nil, [("Tumen", "en"), ("图们市", "zh")]),
        ("marker-t", "marker", [130.638, 42.42], 300, nil, [("marker T", "en"), ("土字牌", "zh")]),
        ("fangchuan", "settlement", [130.588286, 42.437006], nil, nil, [("Fangchuan", "en"), ("防川", "zh")]),
        ("posyet", "settlement", [130.8, 42.667], nil, nil, [("Posyet", "en"), ("Possiet", "en"), ("Посьет", "ru")]),
        ("posyet-bay", "bay", [130.85, 42.6], 10000, nil, [("Posyet Bay", "en"), ("залив Посьета", "ru")]),
        ("kraskino", "settlement", [130.781944, 42.708333], nil, nil, [("Kraskino", "en"), ("Краскино", "ru"), ("Novokievsk", "en")]),
        ("hunchun", "settlement", [130.366, 42.863], nil, nil, [("Hunchun", "en"), ("Hunch'un", "en"), ("Khunchun", "en"), ("珲春", "zh"), ("琿春", "ja"), ("Хуньчунь", "ru")]),
        ("vladivostok", "settlement", [131.9, 43.1333], nil, nil, [("Vladivostok", "en"), ("Владивосток", "ru"), ("ウラジオストク", "ja")]),
        ("grodekovo", "settlement", [131.37556, 44.41361], nil, nil, [("Grodekovo", "en"), ("Гродеково", "ru"), ("Pogranichny", "en"), ("Пограничный", "ru"), ("ポグラニチニ", "ja")]),
        ("grodekovo-district", "admin", [131.37556, 44.41361], 20000, nil, [("Grodekovo district", "en")]),
        ("suifenhe", "settlement", [131.15, 44.4], nil, nil, [("Suifenhe", "en"), ("Pogranichnaya", "en"), ("Пограничная", "ru"), ("绥芬河", "zh")]),
        ("hill-588", "hill", [131.180708, 44.273446], 3000, nil, [("Hill 588", "en"), ("высота 588", "ru"), ("588高地", "ja")]),
        ("gladukha-barrier", "point", nil, nil, "hill-588", [("Gladukha barrier", "en")]),
        ("manchukuo", "polity", nil, nil, nil, [("Manchukuo", "en"), ("Manchoukuo", "en"), ("満洲国", "ja"), ("Маньчжоу-го", "ru")]),
        ("manchuria", "region", nil, nil, nil, [("Manchuria", "en"), ("Маньчжурия", "ru"), ("东北", "zh")]),
        ("japan", "polity", nil, nil, nil, [("Japan", "en"), ("Япония", "ru"), ("日本", "ja")]),
        ("ussr", "polity", nil, nil, nil, [("U.S.S.R.", "en"), ("USSR", "en"), ("Soviet Union", "en"), ("СССР", "ru"), ("Советский Союз", "ru"), ("ソ連", "ja"), ("苏联", "zh")]),
        ("russia", "polity", nil, nil, nil, [("Russia", "en"), ("Россия", "ru"), ("ロシア", "ja"), ("俄国", "zh")]),
        ("china", "polity", nil, nil, nil, [("China", "en"), ("Китай", "ru"), ("中国", "zh")]),
        ("korea", "polity", nil, nil, nil, [("Korea", "en"), ("Корея", "ru"), ("朝鮮", "ja")]),
        ("mongolia", "polity", nil, nil, nil, [("Mongolia", "en"), ("Mongolian People's Republic", "en"), ("M.P.R.", "en")]),
        ("siberia", "region", nil, nil, nil, [("Siberia", "en"), ("Сибирь", "ru")]),
        ("far-east", "region", nil, nil, nil, [("Far East", "en"), ("Дальний Восток", "ru")]),
        ("sea-of-japan", "sea", nil, nil, nil, [("Sea of Japan", "en"), ("Японское море", "ru"), ("日本海", "ja")]),
        ("moscow", "settlement", [37.6173, 55.7558], nil, nil, [("Moscow", "en"), ("Москва", "ru"), ("モスクワ", "ja"), ("莫斯科", "zh")]),
        ("tokyo", "settlement", [139.6917, 35.6895], nil, nil, [("Tokyo", "en"), ("Токио", "ru"), ("東京", "ja")]),
        ("khalkhin-gol", "river", [118.59, 47.73028], nil, nil, [("Khalkhin Gol", "en"), ("Халхин-Гол", "ru"), ("ハルハ河", "ja")]),
        ("nomonhan", "point", [118.75667, 47.77333], nil, nil, [("Nomonhan", "en"), ("Номонхан", "ru"), ("ノモンハン", "ja"), ("诺门罕", "zh")]),
    ]

    /// The fixture as GeoJSON text.
    static func json(incidents: [(id: String, place: String, date: String)] = [("hill-588-1938-08-07", "hill-588", "1938-08-07"), ("changkufeng-1938-07-31", "changkufeng", "1938-07-30/1938-07-31")]) -> String {
        var features: [[String: Any]] = []
        for (id, type, coord, unc, proxy, names) in rows {
            var props: [String: Any] = ["kind": "place", "id": id, "title": names[0].0, "type": type,
                                        "names": names.map { ["toponym": $0.0, "lang": $0.1] },
                                        "certainty": coord == nil ? "uncertain" : "less-certain"]
            if let unc { props["uncertainty_m"] = unc }
            if let proxy { props["proxy"] = proxy }
            features.append(["type": "Feature", "id": id,
                             "geometry": coord.map { ["type": "Point", "coordinates": $0] as Any } ?? NSNull(),
                             "properties": props])
        }
        for i in incidents {
            features.append(["type": "Feature", "id": i.id, "geometry": NSNull(),
                             "properties": ["kind": "incident", "id": i.id, "title": i.id, "date": i.date, "place": i.place,
                                            "parties": ["ussr"], "summary": "test"] as [String: Any]])
        }
        // Treaties are data: documents cite them by a place name ("the Hunch'un agreement").
        for t in treaties.treaties {
            features.append(["type": "Feature", "id": t.id, "geometry": NSNull(),
                             "properties": ["kind": "treaty", "id": t.id, "title": t.title, "places": t.places,
                                            "names": (t.names.isEmpty ? ["Hunchun"] : t.names).map { ["toponym": $0, "lang": "en"] }] as [String: Any]])
        }
        let object: [String: Any] = ["type": "FeatureCollection", "borderlines": 1,
                                     "dispute": ["title": "Fixture", "parties": [["id": "ussr", "name": "USSR"], ["id": "japan", "name": "Japan"]]],
                                     "features": features]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// The treaties of the fixture (written into its GeoJSON as `treaty` features).
    static let treaties = TreatyTable(treaties: [
        .init(id: "hunchun-protocol-1886", title: "1886 Hunchun protocol", places: ["hunchun"], names: []),
        .init(id: "treaty-of-peking-1860", title: "1860 Treaty of Peking", places: [], names: ["Peking", "Beijing", "北京"]),
    ])

    /// Writes the fixture into a temporary directory and loads it with the real loader.
    static func load(json text: String = json()) throws -> Gazetteer {
        let dir = try TestScratch.directory("geoparser-tests")
        let path = (dir as NSString).appendingPathComponent("fixture-1938.geojson")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try Gazetteer.load(paths: [path])
    }

    /// A geoparser over the fixture with the Projection module's geodesic.
    static func geoparser() throws -> Geoparser {
        Geoparser(gazetteer: try load(), treaties: treaties)
    }
}

/// Vincenty's direct formula on WGS84: an independent check of the Projection module's geodesic
/// that the geoparser uses (the two must agree to a millimetre).
struct ReferenceGeodesic: DirectGeodesic {
    func destination(from start: Coordinate, azimuthDegrees: Double, distanceMeters s: Double) -> Coordinate? {
        let a = 6378137.0, f = 1 / 298.257223563, b = a * (1 - f)
        let alpha1 = azimuthDegrees * .pi / 180
        let sinA1 = sin(alpha1), cosA1 = cos(alpha1)
        let tanU1 = (1 - f) * tan(start.lat * .pi / 180)
        let cosU1 = 1 / (1 + tanU1 * tanU1).squareRoot(), sinU1 = tanU1 * cosU1
        let sigma1 = atan2(tanU1, cosA1)
        let sinAlpha = cosU1 * sinA1
        let cosSqAlpha = 1 - sinAlpha * sinAlpha
        let uSq = cosSqAlpha * (a * a - b * b) / (b * b)
        let A = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)))
        let B = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)))
        var sigma = s / (b * A), sigmaP = 2 * Double.pi
        var cos2SigmaM = 0.0, sinSigma = 0.0, cosSigma = 0.0
        for _ in 0..<200 where abs(sigma - sigmaP) > 1e-12 {
            cos2SigmaM = cos(2 * sigma1 + sigma)
            sinSigma = sin(sigma); cosSigma = cos(sigma)
            let dSigma = B * sinSigma * (cos2SigmaM + B / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                - B / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)))
            sigmaP = sigma
            sigma = s / (b * A) + dSigma
        }
        cos2SigmaM = cos(2 * sigma1 + sigma); sinSigma = sin(sigma); cosSigma = cos(sigma)
        let tmp = sinU1 * sinSigma - cosU1 * cosSigma * cosA1
        let lat2 = atan2(sinU1 * cosSigma + cosU1 * sinSigma * cosA1, (1 - f) * (sinAlpha * sinAlpha + tmp * tmp).squareRoot())
        let lambda = atan2(sinSigma * sinA1, cosU1 * cosSigma - sinU1 * sinSigma * cosA1)
        let C = f / 16 * cosSqAlpha * (4 + f * (4 - 3 * cosSqAlpha))
        let L = lambda - (1 - C) * f * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)))
        return Coordinate(lon: start.lon + L * 180 / .pi, lat: lat2 * 180 / .pi)
    }
}

/// Great-circle distance in metres (haversine), precise enough to check tolerances of 100 m and more.
func haversineMeters(_ a: Coordinate, _ b: Coordinate) -> Double {
    let r = 6371008.8, toRad = Double.pi / 180
    let dLat = (b.lat - a.lat) * toRad, dLon = (b.lon - a.lon) * toRad
    let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.lat * toRad) * cos(b.lat * toRad) * sin(dLon / 2) * sin(dLon / 2)
    return 2 * r * asin(min(1, h.squareRoot()))
}
