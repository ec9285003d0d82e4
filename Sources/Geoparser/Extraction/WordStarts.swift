import CByteClasses

/// The scanner's word-start finder: 64 bytes at a time, as bit masks, it skips every plain
/// lower-case word that can start nothing and stops only where `asciiWord` or `nonASCII` has work.
///
/// The byte loop it replaces was bound by latency, not work: each word's end was computed from
/// loads that depended on the previous word's end. Here the masks of a block are computed from
/// independent loads, and the words of the block are visited by clearing bits, so the processor
/// overlaps their checks.
extension DocumentScanner {
    /// Bytes a block reads past its start: 64, plus the eight a word check reads from its last start.
    static let blockReach = 72

    /// The first position at or after `i` (and before `to`) where the scan loop must call
    /// `asciiWord` or `nonASCII`, or, when there is none, where the loop ends (`to`, or the end of a
    /// skipped word that runs past `to`). When the bytes left before `hi` become too few for a
    /// block at position `k`, returns `-(k + 1)`: the caller goes on byte by byte from `k` (from
    /// there, not from `i`: starting over from `i` made the last buffer quadratic).
    ///
    /// A word start is a word byte (ASCII letter or digit, or any byte ≥ 0x80) after a non-word byte,
    /// or `i` itself (the loop may resume inside a run). A start is skipped only when the byte loop
    /// would have skipped it with no side effect: a run of lower-case ASCII letters ending in a
    /// non-word byte, no lower-case-capable key allowed by its first four letters, and not shaped
    /// like "today" or "to-day". Everything else is returned, and the callee decides as before.
    func nextWordWork(_ i: Int, to: Int) -> Int {
        let st = state
        var i = i
        while true {
            var rel = i &- st.pointee.maskAt
            if rel < 0 || rel >= st.pointee.maskResolved {
                guard i + DocumentScanner.blockReach <= hi else { return -(i + 1) }
                computeBlock(at: i)
                rel = 0
            }
            let at = st.pointee.maskAt, w = st.pointee.maskW
            // Resumed inside a run (after a CJK character, say): that position is a start too.
            if rel > 0 && (w >> UInt64(rel)) & 1 != 0 && (w >> UInt64(rel - 1)) & 1 != 0 {
                let len = (~(w >> UInt64(rel))).trailingZeroBitCount
                if rel + len >= st.pointee.maskResolved || startNeedsWork(rel, len) { return i }
                i += len
                if i >= to { return i }
                continue
            }
            let work = st.pointee.maskWork & ~((1 << UInt64(rel)) &- 1)
            if work != 0 {
                let c = at + work.trailingZeroBitCount
                if c < to { return c }
            }
            let resolvedEnd = at + st.pointee.maskResolved
            if to <= resolvedEnd {
                // No work before `to`; a skipped word across `to` ends the loop at its end.
                let r = to - at
                if r > 0 && r < 64 && (w >> UInt64(r - 1)) & 1 != 0 && (w >> UInt64(r)) & 1 != 0 {
                    return to + (~(w >> UInt64(r))).trailingZeroBitCount
                }
                return to
            }
            // On past the resolved part: a run open at the block's end starts the next block.
            if st.pointee.maskResolved == 0 { return i }   // one word fills the block: the callee walks it
            i = resolvedEnd
        }
    }

    /// Computes the masks of the 64-byte block at `at`: word bytes, where work is, and how far the
    /// block is resolved (up to the start of a run that reaches its last byte and may go on).
    func computeBlock(at: Int) {
        let raw = UnsafeRawPointer(p), t = self.t, st = state
        let m = bl_byte_classes(p + at)
        let w = m.word
        let x = w & ~m.lower                    // word bytes that are not lower-case letters
        let starts = w & ~(w << 1)
        let open = w >> 63 != 0
        let resolved = open ? 63 - starts.leadingZeroBitCount : 64
        let complete = resolved == 64 ? ~UInt64(0) : (1 << UInt64(resolved)) &- 1
        // Capitals, digits and non-ASCII scalars that start a word.
        var work = starts & x & complete
        let lowerStarts = starts & ~x & complete
        // Lower-case words with a capital, digit or non-ASCII byte later on: adding each start to
        // the lower-case bits carries through its letters to the byte after them.
        let l = m.lower
        var mixed = ((l &+ lowerStarts) & ~l) & w
        while mixed != 0 {
            let q = mixed.trailingZeroBitCount
            mixed &= mixed &- 1
            work |= 1 << UInt64(63 - (starts & ((1 << UInt64(q)) &- 1)).leadingZeroBitCount)
        }
        // "today" and "to-day" (a "t" word of five letters, or of two before a hyphen).
        let w1 = w >> 1, w2 = w >> 2, w3 = w >> 3
        let four = lowerStarts & w1 & w2 & w3
        work |= m.t & lowerStarts & ((four & (w >> 4) & ~(w >> 5)) | (w1 & ~w2 & (m.dash >> 2)))
        // Words of four letters or more: the first four decide whether a lower-case key may start.
        var long = four & ~work
        while long != 0 {
            let k = long.trailingZeroBitCount
            long &= long &- 1
            let first4 = raw.loadUnaligned(fromByteOffset: at + k, as: UInt32.self)
            let quad = Int((first4 &* 0x9E37_79B1) >> 16)
            // (The first letter's own table is left to `asciiWord`: the quad-gram bits come only from
            // lower-case-capable keys, so it removes almost nothing here, at three instructions a word.)
            work |= ((t.lowerQuadgram[quad >> 6] >> UInt64(quad & 63)) & 1) << UInt64(k)
        }
        st.pointee.maskAt = at
        st.pointee.maskW = w
        st.pointee.maskWork = work
        st.pointee.maskResolved = resolved
        st.pointee.blocksComputed &+= 1
    }

    /// The per-word test of `computeBlock` for a start found another way (bit `k` of the block, a
    /// run of `len` word bytes): true when the scan loop must call `asciiWord` or `nonASCII` there.
    func startNeedsWork(_ k: Int, _ len: Int) -> Bool {
        let at = state.pointee.maskAt
        let word = UnsafeRawPointer(p).loadUnaligned(fromByteOffset: at + k, as: UInt64.self)
        let (_, x) = SWAR.wordLanes(word)
        // A non-lower-case word byte among the run's first eight, or a run longer than eight.
        let otherInRun = len > 8 ? 1 : SWAR.bit(SWAR.gather(x) & ((1 << UInt64(len)) &- 1) != 0)
        return otherInRun | wordNeedsWork(word, len, t) != 0
    }

    /// 1 when a plain lower-case word (its first eight bytes in `word`, `len` letters) may start a
    /// lower-case-capable key (by its first four letters) or is shaped like "today" / "to-day", else 0.
    @inline(__always)
    func wordNeedsWork(_ word: UInt64, _ len: Int, _ t: FlatTables) -> UInt64 {
        let b = word & 0xFF
        let quad = Int((UInt32(truncatingIfNeeded: word) &* 0x9E37_79B1) >> 16)
        let quadBit = (t.lowerQuadgram[quad >> 6] >> UInt64(quad & 63)) & 1
        let key = UInt64(t.lowercaseStart[Int(b)]) & SWAR.bit(len >= 4) & quadBit
        // "t" + four letters, or "t" + one letter + "-" (the byte after a two-letter word is byte 2).
        let today = SWAR.bit(b == 0x74) & (SWAR.bit(len == 5) | (SWAR.bit(len == 2) & SWAR.bit((word >> 16) & 0xFF == 0x2D)))
        return key | today
    }
}

extension SWAR {
    /// One bit per byte for 64 bytes at `at`: `w` for word bytes (ASCII letters and digits, bytes
    /// ≥ 0x80) and `x` for word bytes that are not lower-case ASCII letters. Bit k is byte `at + k`.
    @inline(__always)
    static func blockMasks(_ raw: UnsafeRawPointer, _ at: Int) -> (w: UInt64, x: UInt64) {
        var w: UInt64 = 0, x: UInt64 = 0
        for lane in 0..<8 {
            let v = raw.loadUnaligned(fromByteOffset: at + lane * 8, as: UInt64.self)
            let (lw, lx) = wordLanes(v)
            w |= gather(lw) << UInt64(lane * 8)
            x |= gather(lx) << UInt64(lane * 8)
        }
        return (w, x)
    }

    /// The high bit of each lane of `v` that is a word byte, and of each that is a word byte other
    /// than a lower-case ASCII letter. Exact in every lane (no borrow crosses lanes).
    @inline(__always)
    static func wordLanes(_ v: UInt64) -> (word: UInt64, other: UInt64) {
        let nonASCII = v & high
        let a = v & ~high                           // 7-bit values: sums below stay in their lane
        let folded = a | lanes(0x20)                // capitals → lower case (and some punctuation)
        let letter = inRange7(folded, 0x61, 0x7A)
        let digit = inRange7(a, 0x30, 0x39)
        let lower = letter & (a << 2)               // bit 5 (lower case) moved to bit 7
        let word = letter | digit | nonASCII
        return (word, word & ~lower)
    }

    /// High bit set in each lane whose 7-bit value is in `lo...hi`.
    @inline(__always)
    static func inRange7(_ a: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        let ge = a &+ lanes(0x80 &- lo)             // high bit set when a ≥ lo
        let gt = a &+ lanes(0x7F &- hi)             // high bit set when a > hi
        return ge & ~gt & high
    }

    /// Packs the high bits of the eight lanes into the low eight bits (lane k → bit k).
    @inline(__always)
    static func gather(_ m: UInt64) -> UInt64 { ((m >> 7) &* 0x0102_0408_1020_4080) >> 56 }
}
