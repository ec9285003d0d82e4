/// The scanner's fast path for lower-case ASCII words, most of the words of English prose.
///
/// A lower-case word matters only when a lower-case-capable name may start with its first four
/// letters, or when it may be "to-day" / "today"; everything else is skipped here, inline in the
/// scan loop, without the call into `asciiWord` and its upper-case and digit branches. One 8-byte
/// load gives the word's end, its "plain" first four letters and their folded quad-gram, so the
/// only branches taken per word are the rare ones (the per-byte table lookups and the first-letter
/// branch they replace were most of the scan's time, in mispredictions).
extension DocumentScanner {
    /// Where the scan loop resumes after the lower-case word at `s` when nothing can start there (the
    /// word's end, past the spaces and punctuation after it, never past `to`), or -1 when `asciiWord`
    /// must look at it (a possible lower-case name, a non-ASCII letter after it, too near the end of
    /// the buffer). Returns what the scan loop would reach through `asciiWord(at: s)` and its own
    /// byte-by-byte steps, with the same "today" check.
    @inline(__always)
    func skipLowercaseWord(_ s: Int, _ b: UInt8, to: Int) -> Int {
        let p = self.p, hi = self.hi, t = self.t
        guard s + 8 <= hi else { return -1 }
        let x = UnsafeRawPointer(p).loadUnaligned(fromByteOffset: s, as: UInt64.self)
        // Lower-case letters only (fewer operations than letters and digits): a capital or digit
        // inside the word is rare and goes to `asciiWord`.
        let lower = SWAR.inRange(x, 0x61, 0x7A)
        let miss = ~lower & SWAR.high
        // Lanes 1–3 letters: the four-byte prefilter applies (a capital or digit there makes the
        // word go to `asciiWord` below, where the prefilter runs as before).
        let plain = miss & 0x8080_8000 == 0
        let quad = Int((UInt32(truncatingIfNeeded: x) &* 0x9E37_79B1) >> 16)
        // Arithmetic rather than `&&`: the first letter decides at random, and a mispredicted branch
        // per word cost more than the whole test.
        let quadBit = (t.lowerQuadgram[quad >> 6] >> UInt64(quad & 63)) & 1
        let plainBit = SWAR.bit(plain)
        if UInt64(t.lowercaseStart[Int(b)]) & plainBit & quadBit != 0 { return -1 }
        // The word's end: the first lane that is not a lower-case letter, eight bytes per load.
        var at = s, word = x, misses = miss
        while misses == 0 {
            at += 8
            if at + 8 > hi { return -1 }
            word = UnsafeRawPointer(p).loadUnaligned(fromByteOffset: at, as: UInt64.self)
            misses = ~SWAR.inRange(word, 0x61, 0x7A) & SWAR.high
        }
        let k = misses.trailingZeroBitCount >> 3
        let j = at + k
        let next = (word >> UInt64(k << 3)) & 0xFF   // the byte after the letters
        // A capital or digit continues the word, a non-ASCII byte may: `asciiWord` decides.
        if t.wordish[Int(next)] != 0 { return -1 }
        // Where the scan loop would next stop: it steps over bytes that are neither letters, digits
        // nor non-ASCII one at a time, with nothing else to do. Bytes below 0x30 are never letters or
        // digits, so the first lane after the word at or above 0x30 (or non-ASCII) is a safe stop; the
        // loop steps over it if it is punctuation after all. None within these eight bytes: after them.
        let stops = (((((word | SWAR.high) &- SWAR.lanes(0x30)) | word) & SWAR.high) >> UInt64(k << 3)) >> 8
        var resume = stops == 0 ? at + 8 : j + 1 + (stops.trailingZeroBitCount >> 3)
        if j >= to { resume = j } else if resume > to { resume = to }
        let n = j - s
        // "t" + five letters, or "t" + two letters + "-": one compare of min(…) so that no branch
        // depends on the (random) first letter or length.
        let code = UInt64(b) << 16 | UInt64(min(n, 255)) << 8 | next
        if min((code >> 8) ^ 0x7405, code ^ 0x74_02_2D) == 0 && mayBeToday(s, n) { checkToday(s, j) }
        return resume
    }
}

/// Byte-parallel tests on eight ASCII bytes in a `UInt64` (SIMD within a register).
enum SWAR {
    /// The high bit of every lane.
    static var high: UInt64 { 0x8080_8080_8080_8080 }
    /// 1 or 0 without a branch (`cond ? 1 : 0` compiled to branches here).
    @inline(__always)
    static func bit(_ cond: Bool) -> UInt64 { UInt64(unsafeBitCast(cond, to: UInt8.self)) }
    /// Every lane holding `b`.
    @inline(__always)
    static func lanes(_ b: UInt8) -> UInt64 { UInt64(b) &* 0x0101_0101_0101_0101 }

    /// High bit set in each lane whose byte is in `lo...hi` (both below 0x80). Exact up to and including
    /// the first lane that is ≥ 0x80 (clear there); lanes after it may be wrong (a borrow crosses into them).
    @inline(__always)
    static func inRange(_ x: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        let ge = (x | high) &- lanes(lo)
        let le = (lanes(hi) | high) &- x
        return ge & le & ~x & high
    }
}
