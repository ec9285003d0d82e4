/// Fixed-precision number formatting for SVG: trailing zeros dropped, no "-0".
/// Hand-rolled because it runs for every coordinate and must not depend on the locale.
enum SVGNumber {
    private static let powers: [Int64] = [1, 10, 100, 1000, 10000]

    /// `v` with at most `decimals` (0...4) decimals: "12.5", "3", "-0.25".
    static func format(_ v: Double, decimals: Int) -> String {
        let p = powers[min(4, max(0, decimals))]
        let scaled = (v * Double(p)).rounded()
        guard scaled.isFinite, abs(scaled) < 9e15 else { return "0" }
        var i = Int64(scaled)
        let negative = i < 0
        if negative { i = -i }
        var s = negative && i != 0 ? "-" : ""
        s += String(i / p)
        var frac = i % p
        if frac != 0 {
            var digits = decimals
            while frac % 10 == 0 { frac /= 10; digits -= 1 }
            let f = String(frac)
            s += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return s
    }

    /// Coordinates and lengths: 2 decimals (1/100 pt is far below what any output resolves).
    static func num(_ v: Double) -> String { format(v, decimals: 2) }

    /// Path data ("M1 2L3 4Z").
    static func pathData(_ path: Path) -> String {
        var d = ""
        d.reserveCapacity(path.elements.count * 12)
        for e in path.elements {
            switch e {
            case let .move(p): d += "M\(num(p.x)) \(num(p.y))"
            case let .line(p): d += "L\(num(p.x)) \(num(p.y))"
            case let .curve(a, b, c):
                d += "C\(num(a.x)) \(num(a.y)) \(num(b.x)) \(num(b.y)) \(num(c.x)) \(num(c.y))"
            case .close: d += "Z"
            }
        }
        return d
    }
}
