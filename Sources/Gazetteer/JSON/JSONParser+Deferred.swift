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
    /// (no exponent, at most 20 integer digits) in valid JSON: moves past it and returns it
    /// unparsed. Anything else, or nesting past `maxDepth`, returns nil with the position
    /// unchanged, and the value is parsed as usual (which reports any error exactly as before).
    mutating func skipNumberArrays(depth: Int) -> DeferredJSON? {
        let start = pos, startLine = line, startLineStart = lineStart
        func giveUp() -> DeferredJSON? {
            (pos, line, lineStart) = (start, startLine, startLineStart)
            return nil
        }
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: "[") else { return nil }
        var nesting = 0
        // After '[': a value or ']'; after ',': a value; after a value: ',' or ']'.
        enum Expect { case valueOrClose, value, commaOrClose }
        var expect = Expect.valueOrClose
        while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case 0x20, 0x09, 0x0D, 0x0A:
                skipWhitespace()
                continue
            case UInt8(ascii: "["):
                // The array opened here is at the full parser's depth `depth + nesting + 1`.
                guard expect != .commaOrClose, depth + nesting + 1 <= maxDepth else { return giveUp() }
                // Only arrays of arrays: a Point's [lon, lat] is parsed in place.
                if nesting == 0 && !firstElementIsArray() { return giveUp() }
                nesting += 1
                pos += 1
                expect = .valueOrClose
            case UInt8(ascii: "]"):
                guard expect != .value else { return giveUp() }
                nesting -= 1
                pos += 1
                expect = .commaOrClose
                if nesting == 0 { return DeferredJSON(bytes: bytes, range: start..<pos) }
            case UInt8(ascii: ","):
                guard expect == .commaOrClose else { return giveUp() }
                pos += 1
                expect = .value
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard expect != .commaOrClose, nesting > 0, skipPlainNumber() else { return giveUp() }
                expect = .commaOrClose
            default:
                return giveUp()
            }
        }
        return giveUp()
    }

    /// True when the array at `pos` starts with another array (whitespace allowed between).
    private func firstElementIsArray() -> Bool {
        var p = pos + 1
        while p < bytes.count, bytes[p] == 0x20 || bytes[p] == 0x09 || bytes[p] == 0x0D || bytes[p] == 0x0A { p += 1 }
        return p < bytes.count && bytes[p] == UInt8(ascii: "[")
    }

    /// Moves past a number the full parser reads as a finite Double without an exponent; false
    /// (position unspecified) for anything else.
    private mutating func skipPlainNumber() -> Bool {
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        let integer = pos
        while pos < bytes.count, bytes[pos] >= UInt8(ascii: "0"), bytes[pos] <= UInt8(ascii: "9") { pos += 1 }
        let count = pos - integer
        guard count > 0, count <= JSONParser.deferredIntegerDigits else { return false }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            let fraction = pos
            while pos < bytes.count, bytes[pos] >= UInt8(ascii: "0"), bytes[pos] <= UInt8(ascii: "9") { pos += 1 }
            guard pos > fraction else { return false }
        }
        // An exponent (or anything glued to the number) is left to the full parser.
        return !(pos < bytes.count && (bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E")))
    }
}
