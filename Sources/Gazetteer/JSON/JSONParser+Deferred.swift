/// A JSON value kept as its bytes by a deferring parse, parsed when it is read.
///
/// Only arrays of arrays of plain numbers are deferred, and only after a check that the full
/// parser will accept them, so reading one gives exactly what parsing it in place gave.
struct DeferredJSON: Sendable {
    /// The whole document (shared, not copied) and where the value lies in it.
    let bytes: [UInt8]
    let range: Range<Int>

    /// The value, parsed now (a few hundred numbers for a claim line; GeoJSON positions hold no
    /// objects, so the lines objects remember do not arise).
    var value: JSONValue {
        do { return try JSONParser.parse(Array(bytes[range])) } catch {
            preconditionFailure("a deferred JSON value was checked before it was kept: \(error)")
        }
    }
}

extension JSONParser {
    /// Longest integer part a deferred number may have: no overflow to infinity is possible below it.
    static let deferredIntegerDigits = 20

    /// At `pos`, an array whose first element is an array, holding only arrays and plain numbers
    /// (no exponent, at most 20 integer digits) in valid JSON: moves past it (counting its lines)
    /// and returns it unparsed. Anything else, or nesting past `maxDepth`, returns nil with the
    /// position unchanged, and the value is parsed as usual (which reports any error as before).
    mutating func skipNumberArrays(depth: Int) -> DeferredJSON? {
        // One pass over raw bytes with the state in locals: this runs over most of a data file.
        let found: (end: Int, line: Int, lineStart: Int)? = bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var p = pos, line = self.line, lineStart = self.lineStart
            guard p < n, b[p] == UInt8(ascii: "[") else { return nil }
            // Only arrays of arrays: a Point's [lon, lat] is parsed in place.
            var q = p + 1
            while q < n, b[q] == 0x20 || b[q] == 0x09 || b[q] == 0x0D || b[q] == 0x0A { q += 1 }
            guard q < n, b[q] == UInt8(ascii: "[") else { return nil }
            var nesting = 0
            // After '[': a value or ']' (0); after ',': a value (1); after a value: ',' or ']' (2).
            var expect = 0
            while p < n {
                let c = b[p]
                switch c {
                case 0x20, 0x09, 0x0D:
                    p += 1
                case 0x0A:
                    p += 1
                    line += 1
                    lineStart = p
                case UInt8(ascii: "["):
                    // The array opened here is at the full parser's depth `depth + nesting + 1`.
                    guard expect != 2, depth + nesting + 1 <= maxDepth else { return nil }
                    nesting += 1
                    p += 1
                    expect = 0
                case UInt8(ascii: "]"):
                    guard expect != 1 else { return nil }
                    nesting -= 1
                    p += 1
                    expect = 2
                    if nesting == 0 { return (p, line, lineStart) }
                case UInt8(ascii: ","):
                    guard expect == 2 else { return nil }
                    p += 1
                    expect = 1
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    // A number the full parser reads as a finite Double: no exponent (nor anything
                    // else glued to it), an integer part short enough not to overflow.
                    guard expect != 2 else { return nil }
                    if c == UInt8(ascii: "-") { p += 1 }
                    let integer = p
                    while p < n, b[p] &- 0x30 < 10 { p += 1 }
                    guard p > integer, p - integer <= JSONParser.deferredIntegerDigits else { return nil }
                    if p < n, b[p] == UInt8(ascii: ".") {
                        p += 1
                        let fraction = p
                        while p < n, b[p] &- 0x30 < 10 { p += 1 }
                        guard p > fraction else { return nil }
                    }
                    if p < n, b[p] == UInt8(ascii: "e") || b[p] == UInt8(ascii: "E") { return nil }
                    expect = 2
                default:
                    return nil
                }
            }
            return nil
        }
        guard let found else { return nil }
        defer { (pos, line, lineStart) = found }
        return DeferredJSON(bytes: bytes, range: pos..<found.end)
    }
}
