import CByteClasses

/// The scanner's word-start finder: 64 bytes at a time, as bit masks, it skips every plain
/// lower-case word that can start nothing and stops only where `asciiWord` or `nonASCII` has work.
///
/// The byte loop it replaces was bound by latency, not work: each word's end was computed from
/// loads that depended on the previous word's end. Here the masks of a block are computed from
/// independent loads, and the words of the block are visited by clearing bits, so the processor
/// overlaps their checks.
extension DocumentScanner {
    /// Bytes a block reads past its start: 64, plus the four-letter prefilter's load from a word at its
    /// last byte (four more), rounded up.
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
            // Resumed inside a run (after a CJK character, say): that position is a start too, as
            // bit 0 of a block computed from it.
            let insideRun = rel > 0 && rel < st.pointee.maskResolved && (st.pointee.maskW >> UInt64(rel - 1)) & 3 == 3
            if rel < 0 || rel >= st.pointee.maskResolved || insideRun {
                guard i + DocumentScanner.blockReach <= hi else { return -(i + 1) }
                computeBlock(at: i)
                rel = 0
            }
            let at = st.pointee.maskAt, w = st.pointee.maskW
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
}
