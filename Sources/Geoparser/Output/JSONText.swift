import Gazetteer

/// Appends JSON values to a byte array: strings escaped per RFC 8259, numbers in their shortest form.
enum JSONText {
    /// A JSON string literal; runs of plain bytes are copied at once.
    static func string(_ s: String, into out: inout [UInt8]) {
        var s = s
        s.withUTF8 { string(bytes: $0, into: &out) }
    }

    /// A JSON string literal from UTF-8 bytes.
    static func string(bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(0x22)
        var run = 0
        for (i, b) in bytes.enumerated() where b == 0x22 || b == 0x5C || b < 0x20 {
            if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
            run = i + 1
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            default:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
            }
        }
        if bytes.count > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...])) }
        out.append(0x22)
    }

    /// A string or null.
    static func optionalString(_ s: String?, into out: inout [UInt8]) {
        if let s { string(s, into: &out) } else { null(into: &out) }
    }

    /// `null`, without building an array for it.
    @inline(__always)
    static func null(into out: inout [UInt8]) {
        out.append(0x6E); out.append(0x75); out.append(0x6C); out.append(0x6C)
    }

    /// An integer, without going through String.
    static func int(_ n: Int, into out: inout [UInt8]) {
        if n < 0 { out.append(0x2D) }
        // The magnitude, not -n, which overflows for Int.min.
        var v = n.magnitude
        if v < 10 { out.append(0x30 + UInt8(v)); return }
        // Digits backwards into a stack buffer, then one contiguous append (appending a slice of the
        // raw buffer went through the generic, element-by-element path).
        var buf: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buf) { raw in
            let digits = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var i = 24
            while v > 0 {
                i -= 1
                digits[i] = 0x30 + UInt8(v % 10)
                v /= 10
            }
            out.append(contentsOf: UnsafeBufferPointer(start: digits + i, count: 24 - i))
        }
    }

    /// A number: integral values without a fraction, others in Swift's shortest round-trip form.
    static func number(_ d: Double) -> String {
        if d.isFinite && d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
        return d.isFinite ? "\(d)" : "null"
    }

    /// A coordinate as `[lon, lat]` (rounded to 1e-7 degrees, about 1 cm) or null.
    static func coordinate(_ c: Coordinate?, into out: inout [UInt8]) {
        guard let c else { out.append(contentsOf: Array("null".utf8)); return }
        out.append(contentsOf: "[\(number(round7(c.lon))), \(number(round7(c.lat)))]".utf8)
    }

    /// Rounds to 7 decimals so computed points print the same on every platform.
    static func round7(_ x: Double) -> Double { (x * 1e7).rounded() / 1e7 }

    /// A confidence with two decimals.
    static func confidence(_ x: Double) -> String { number((x * 100).rounded() / 100) }

    /// A confidence with two decimals, as bytes (0.95 → "0.95", 1 → "1").
    static func confidence(_ x: Double, into out: inout [UInt8]) {
        let c = Int((x * 100).rounded())
        if c >= 100 { out.append(0x31); return }
        if c <= 0 { out.append(0x30); return }
        out.append(0x30); out.append(0x2E); out.append(0x30 + UInt8(c / 10))
        if c % 10 != 0 { out.append(0x30 + UInt8(c % 10)) }
    }
}
