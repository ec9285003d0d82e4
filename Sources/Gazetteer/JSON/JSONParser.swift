/// Where and why a JSON text could not be parsed.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line of the problem.
    public let line: Int
    /// 1-based column (in bytes) of the problem.
    public let column: Int
    /// What was wrong.
    public let reason: String

    public var description: String { "line \(line), column \(column): \(reason)" }
}

/// A strict RFC 8259 JSON parser over UTF-8 bytes with line/column errors and a nesting limit.
///
/// Written by hand (rather than JSONSerialization) so that errors name a line and column,
/// objects remember their line for later diagnostics, a UTF-8 BOM is tolerated, numbers
/// that overflow a Double are rejected, and absurdly deep nesting is refused instead of
/// overflowing the stack.
public struct JSONParser {
    /// Deepest array/object nesting accepted; GeoJSON needs 6 or 7 levels.
    public static let defaultMaxDepth = 512

    let bytes: [UInt8]
    var pos = 0
    var line = 1
    var lineStart = 0
    let maxDepth: Int
    /// The member name whose nested number arrays are kept unparsed (see `JSONParser+Deferred`).
    let deferredKey: [UInt8]?

    /// Parses a whole document; trailing non-space content is an error. With `deferring`, the
    /// values of members of that name that are arrays of arrays of numbers (GeoJSON coordinates
    /// other than a Point's) are only checked, and parsed when they are read: the result reads
    /// the same, and a caller that never reads them does not pay for them.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth, deferring: String? = nil) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, maxDepth: maxDepth, deferredKey: deferring.map { Array($0.utf8) })
        // A UTF-8 byte-order mark is not JSON, but editors write it; accept it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.pos = 3; parser.lineStart = 3 }
        parser.skipWhitespace()
        guard parser.pos < bytes.count else { throw parser.error("the file is empty; expected a JSON value") }
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.pos < bytes.count { throw parser.error("unexpected content after the JSON value") }
        return value
    }

    private init(bytes: [UInt8], maxDepth: Int, deferredKey: [UInt8]?) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        self.deferredKey = deferredKey
    }

    private func error(_ reason: String) -> JSONParseError {
        JSONParseError(line: line, column: pos - lineStart + 1, reason: reason)
    }

    mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x20, 0x09, 0x0D: pos += 1
            case 0x0A: pos += 1; line += 1; lineStart = pos
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard pos < bytes.count else { throw error("unexpected end of file (truncated JSON?)") }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-") where pos + 1 < bytes.count && (bytes[pos + 1] == UInt8(ascii: "I") || bytes[pos + 1] == UInt8(ascii: "N")):
            throw error("NaN and Infinity are not JSON numbers")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw error("NaN and Infinity are not JSON numbers")
        default:
            throw error("unexpected character \(describe(bytes[pos])); expected a JSON value")
        }
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    private mutating func expectLiteral(_ literal: String) throws(JSONParseError) {
        let lit = Array(literal.utf8)
        guard pos + lit.count <= bytes.count, bytes[pos..<(pos + lit.count)].elementsEqual(lit) else {
            throw error("invalid literal; expected \(literal)")
        }
        pos += lit.count
    }

    private mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= maxDepth else { throw error("nesting deeper than \(maxDepth) levels") }
        let startLine = line
        pos += 1
        var members: [(key: String, value: JSONValue)] = []
        var deferred: [Int: DeferredJSON] = [:]
        skipWhitespace()
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            return .object(JSONObject(members: [], line: startLine))
        }
        while true {
            skipWhitespace()
            guard pos < bytes.count else { throw error("unexpected end of file inside an object (truncated JSON?)") }
            guard bytes[pos] == UInt8(ascii: "\"") else { throw error("expected a quoted member name, found \(describe(bytes[pos]))") }
            let key = try parseString()
            skipWhitespace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw error("expected ':' after member name \"\(key)\"") }
            pos += 1
            skipWhitespace()
            if let name = deferredKey, key.utf8.elementsEqual(name), let later = skipNumberArrays(depth: depth) {
                deferred[members.count] = later
                members.append((key, .null))
            } else {
                members.append((key, try parseValue(depth: depth)))
            }
            skipWhitespace()
            guard pos < bytes.count else { throw error("unexpected end of file inside an object (truncated JSON?)") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "}") { pos += 1; break }
            throw error("expected ',' or '}' in an object, found \(describe(bytes[pos]))")
        }
        return .object(JSONObject(members: members, line: startLine, deferred: deferred))
    }

    private mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= maxDepth else { throw error("nesting deeper than \(maxDepth) levels") }
        pos += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "]") { pos += 1; return .array([]) }
        // Room for a coordinate pair from the start: growing from one element reallocated each pair.
        elements.reserveCapacity(2)
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard pos < bytes.count else { throw error("unexpected end of file inside an array (truncated JSON?)") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "]") { pos += 1; break }
            throw error("expected ',' or ']' in an array, found \(describe(bytes[pos]))")
        }
        return .array(elements)
    }

    private mutating func parseNumber() throws(JSONParseError) -> Double {
        let start = pos
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        func digits(_ p: inout Int) -> Int {
            let s = p
            while p < bytes.count, bytes[p] >= UInt8(ascii: "0"), bytes[p] <= UInt8(ascii: "9") { p += 1 }
            return p - s
        }
        guard pos < bytes.count, digits(&pos) > 0 else { throw error("invalid number") }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            guard digits(&pos) > 0 else { throw error("invalid number: digits expected after '.'") }
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            guard digits(&pos) > 0 else { throw error("invalid number: digits expected in the exponent") }
        }
        if let value = DecimalFastPath.value(bytes, start..<pos) { return value }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            pos = start
            throw error("number \(text) is out of range")
        }
        return value
    }

    private mutating func parseString() throws(JSONParseError) -> String {
        pos += 1  // opening quote
        if let plain = plainASCIIString() { return plain }
        var out: [UInt8] = []
        var runStart = pos
        while true {
            guard pos < bytes.count else { throw error("unterminated string (truncated JSON?)") }
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                out.append(contentsOf: bytes[runStart..<pos])
                pos += 1
                break
            }
            if b < 0x20 { throw error("control character \(describe(b)) inside a string; escape it") }
            if b == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[runStart..<pos])
                pos += 1
                guard pos < bytes.count else { throw error("unterminated escape") }
                let e = bytes[pos]
                pos += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        // A high surrogate must be followed by an escaped low surrogate.
                        guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else {
                            throw error("unpaired UTF-16 surrogate in \\u escape")
                        }
                        pos += 2
                        let low = try parseHex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired UTF-16 surrogate in \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(scalar) {
                        throw error("unpaired UTF-16 surrogate in \\u escape")
                    }
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
                default:
                    pos -= 1
                    throw error("invalid escape \\\(Character(Unicode.Scalar(e)))")
                }
                runStart = pos
                continue
            }
            pos += 1
        }
        guard let s = String(validating: out, as: UTF8.self) else {
            throw error("string is not valid UTF-8")
        }
        return s
    }

    /// The string at `pos` when it is ASCII without escapes or control characters (member names,
    /// ids, most values), built straight from the bytes and `pos` moved past its closing quote;
    /// else nil and `pos` unchanged, for the general loop. ASCII needs no UTF-8 validation, and
    /// `String(validating:as:)` is generic: its run-time metadata lookup was a tenth of the parse.
    private mutating func plainASCIIString() -> String? {
        var p = pos
        while p < bytes.count {
            let b = bytes[p]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") || b < 0x20 || b >= 0x80 { return nil }
            p += 1
        }
        guard p < bytes.count else { return nil }
        let start = pos, count = p - start
        pos = p + 1
        if count == 0 { return "" }
        return bytes.withUnsafeBufferPointer { src in
            String(unsafeUninitializedCapacity: count) { dst in
                dst.baseAddress!.initialize(from: src.baseAddress! + start, count: count)
                return count
            }
        }
    }

    private mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        guard pos + 4 <= bytes.count else { throw error("truncated \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[pos]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit in \\u escape")
            }
            v = v * 16 + d
            pos += 1
        }
        return v
    }
}
