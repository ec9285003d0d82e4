/// Converts the digits of a JSON number to a Double without going through a String, when the
/// result is exact by construction (Clinger's fast path): a mantissa of at most 2^53 and a
/// power of ten of at most 10^22 are both exact Doubles, so one IEEE multiplication or
/// division rounds once, correctly, to what strtod gives. Coordinates (≤ 16 significant digits)
/// always qualify; anything else returns nil for the caller's exact slow path.
enum DecimalFastPath {
    /// 10^0 … 10^22, every one exactly representable.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The value of `bytes[range]`, an already validated JSON number, or nil if it needs the slow path.
    static func value(_ bytes: [UInt8], _ range: Range<Int>) -> Double? {
        var i = range.lowerBound
        let end = range.upperBound
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var mantissa: UInt64 = 0
        var fractionDigits = 0
        var inFraction = false
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: ".") {
                inFraction = true
            } else if b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") {
                guard mantissa <= (1 << 53) / 10 else { return nil }
                mantissa = mantissa * 10 + UInt64(b - UInt8(ascii: "0"))
                if inFraction { fractionDigits += 1 }
            } else {
                break  // 'e' or 'E'
            }
            i += 1
        }
        var exponent = 0
        if i < end {
            i += 1
            var exponentNegative = false
            if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
                exponentNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            while i < end {
                guard exponent < 1000 else { return nil }
                exponent = exponent * 10 + Int(bytes[i] - UInt8(ascii: "0"))
                i += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        exponent -= fractionDigits
        guard mantissa <= 1 << 53, exponent >= -22, exponent <= 22 else { return nil }
        let m = Double(mantissa)
        let magnitude = exponent >= 0 ? m * powersOfTen[exponent] : m / powersOfTen[-exponent]
        return negative ? -magnitude : magnitude
    }
}
