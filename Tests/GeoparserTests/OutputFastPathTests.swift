import XCTest
import Gazetteer
@testable import Geoparser

/// The JSON writer's byte-level paths give exactly the bytes of the value-based ones.
final class OutputFastPathTests: XCTestCase {
    /// A record longer than the scratch memory moves to the heap and keeps every byte.
    func testRecordWriterGrowsPastItsScratch() {
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 8)
        defer { scratch.deallocate() }
        var r = RecordWriter(scratch: scratch, capacity: 8)
        var expected: [UInt8] = []
        // Every power of ten and its neighbours (each digit count's edges), the extremes, negatives.
        var numbers = [0, 7, 12_345, 123_456_789, Int.max, Int.min, -1, -42, -100, -9_999]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            numbers += [power - 1, power, power + 1, 2 * power + 37]
        }
        for n in numbers {
            r.putInt(n); JSONText.int(n, into: &expected)
        }
        for s in ["Lake \"Khasan\"", "a\\b\nc\td\r\u{1}", "张鼓峰", ""] {
            r.putJSONString(s); JSONText.string(s, into: &expected)
        }
        for c in [0.0, 0.6, 0.95, 0.7, 1.0, 0.805] {
            r.putConfidence(c); JSONText.confidence(c, into: &expected)
        }
        XCTAssertEqual(Array(r.bytes), expected)
        r.release()
    }

    /// Two JSON formatters over their own writers: one fed values, the other buffer bytes.
    private func formatterPair() -> (ByteWriter, JSONFormatter, ByteWriter, JSONFormatter) {
        let byValue = ByteWriter(), byBytes = ByteWriter()
        return (byValue, JSONFormatter(writer: byValue, document: "d", sha256: "0"), byBytes, JSONFormatter(writer: byBytes, document: "d", sha256: "0"))
    }

    /// A mention written from buffer bytes equals the same mention written from a `Mention`.
    func testRawMentionMatchesMentionValue() {
        let mentions = [
            Mention(id: "lake-x", surface: "Lake\nX", start: 3, end: 9, kind: "lake", coordinate: Coordinate(lon: 130.5, lat: 42.25), confidence: 0.95),
            Mention(id: nil, surface: "Hill \"731\"", start: 1_000_000, end: 1_000_010, kind: "hill", coordinate: nil, confidence: 0.6),
            Mention(id: "lake-x", surface: "X", start: 20, end: 21, kind: "lake", coordinate: Coordinate(lon: 130.5, lat: 42.25), confidence: 0.7),
        ]
        let (byValue, a, byBytes, b) = formatterPair()
        for m in mentions {
            a.mention(m)
            var surface = m.surface
            surface.withUTF8 { u in
                b.mention(surface: u, start: m.start, end: m.end, place: m.id == nil ? -1 : 0, id: m.id, kind: m.kind,
                          coordinate: m.coordinate, confidence: m.confidence)
            }
        }
        a.incidents([]); b.incidents([])
        XCTAssertEqual(byBytes.text, byValue.text)
    }

    /// Treaty references and dates written from buffer bytes equal the same written from values.
    func testRawTreatiesAndDatesMatchTheirValues() {
        let treaties = [
            TreatyReference(id: "hunchun-protocol-1886", surface: "Hunch'un", start: 10, end: 18),
            TreatyReference(id: nil, surface: "\"Peking\"\n", start: 123_456, end: 123_465),
        ]
        let dates: [(String, Int, Int, Int, Int, Int?, String?)] = [
            ("August 7th", 5, 15, 1938, 8, 7, nil), ("July", 20, 24, 1938, 7, nil, "before"),
            ("7 августа 1938 г.", 99, 116, 1938, 8, 7, nil), ("1月", 0, 2, 12, 1, nil, nil), ("x", 1, 2, 10_000, 12, 31, "circa"),
        ]
        let (byValue, a, byBytes, b) = formatterPair()
        for t in treaties {
            a.treaty(t)
            var surface = t.surface
            surface.withUTF8 { b.treaty(surface: $0, start: t.start, end: t.end, id: t.id) }
        }
        for (surface, start, end, year, month, day, qualifier) in dates {
            a.date(DateMention(surface: surface, start: start, end: end, date: DateState.iso(year, month, day), qualifier: qualifier))
            var s = surface
            s.withUTF8 { b.date(surface: $0, start: start, end: end, year: year, month: month, day: day, qualifier: qualifier) }
        }
        a.incidents([]); b.incidents([])
        XCTAssertEqual(byBytes.text, byValue.text)
        XCTAssertTrue(byValue.text.contains("\"date\": \"1938-08-07\""), byValue.text)
    }
}
