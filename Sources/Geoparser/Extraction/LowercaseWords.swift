/// The scanner's fast path for lower-case ASCII words, most of the words of English prose.
///
/// A lower-case word matters only when a lower-case-capable name may start with its first four
/// letters, or when it may be "to-day" / "today"; everything else is skipped here, inline in the
/// scan loop, without the call into `asciiWord` and its upper-case and digit branches.
extension DocumentScanner {
    /// The end of the lower-case word at `s` when nothing can start there, or -1 when `asciiWord`
    /// must look at it (a possible lower-case name, a non-ASCII letter after it, too near the end).
    /// Returns exactly what `asciiWord(at: s)` would, and does the same "today" check.
    @inline(__always)
    func skipLowercaseWord(_ s: Int, _ b: UInt8) -> Int {
        let p = self.p, hi = self.hi, t = self.t
        guard s + 8 <= hi else { return -1 }
        let w = t.wordish
        if t.lowercaseStart[Int(b)] != 0 {
            let b1 = p[s + 1], b2 = p[s + 2], b3 = p[s + 3]
            if w[Int(b1)] == 1 && w[Int(b2)] == 1 && w[Int(b3)] == 1
                && t.lowerQuadAllowed(b, t.lower[Int(b1)], t.lower[Int(b2)], t.lower[Int(b3)]) { return -1 }
        }
        // The first byte that is not a lower-case ASCII letter, within eight (x|0x80 keeps lanes
        // independent; a borrow from a non-ASCII lane only reaches lanes after the first miss).
        let x = UnsafeRawPointer(p).loadUnaligned(fromByteOffset: s, as: UInt64.self)
        let high: UInt64 = 0x8080_8080_8080_8080
        let ge = ((x | high) &- 0x6161_6161_6161_6161) & high
        let le = ((0x7A7A_7A7A_7A7A_7A7A | high) &- x) & high
        let miss = ~(ge & le & ~x) & high
        var j = miss == 0 ? s + 8 : s + (miss.trailingZeroBitCount >> 3)
        // Digits, capitals or more letters after that: the rest of the word, byte by byte.
        while j < hi && w[Int(p[j])] == 1 { j += 1 }
        if j < hi && p[j] >= 0x80 { return -1 }
        if b == 0x74 && ((j - s == 2 && j < hi && p[j] == 0x2D) || j - s == 5) { checkToday(s, j) }
        return j
    }
}
