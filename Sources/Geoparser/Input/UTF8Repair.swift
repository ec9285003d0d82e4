/// Streaming UTF-8 repair: invalid sequences become U+FFFD exactly as `String(decoding:as: UTF8.self)`
/// does (one replacement per maximal invalid subpart), so code-point offsets match the decoded text.
struct UTF8Repair {
    /// Bytes of an incomplete sequence at the end of the last input, completed by the next one.
    private var carry: [UInt8] = []
    /// True once any invalid byte was replaced.
    private(set) var sawInvalid = false
    /// How many replacements were made: a change across one call says that call met invalid bytes.
    private(set) var replacements = 0
    /// False to only check validity (nothing is appended to the output).
    var emits = true
    /// Set when some input byte was not ASCII (the caller resets it): an all-ASCII buffer lets the
    /// scanner turn byte offsets into code-point offsets without counting.
    var sawNonASCII = false

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Bytes held back at the end of the last input (a valid but incomplete sequence), not yet output.
    var pendingCount: Int { carry.count }

    /// Appends the repaired form of `input` to `out`; at `final`, an incomplete tail is replaced too.
    mutating func repair(_ input: UnsafeRawBufferPointer, final: Bool, into out: inout [UInt8]) {
        guard !carry.isEmpty else { return repairBody(input, final: final, into: &out) }
        // Complete the held-back sequence with just the bytes it still lacks, so that the rest of
        // the input is read in place (joining a whole 1 MB input to the carry copied all of it).
        // Decoding is the same however the input is split, as long as only the last part is final.
        let lead = carry[0]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let take = min(input.count, length - carry.count)
        var head = carry
        carry.removeAll()
        head.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[..<take]))
        let rest = UnsafeRawBufferPointer(rebasing: input[take...])
        head.withUnsafeBytes { repairBody($0, final: final && rest.isEmpty, into: &out) }
        guard !rest.isEmpty else { return }
        guard !carry.isEmpty else { return repairBody(rest, final: final, into: &out) }
        // Only after invalid bytes can the head leave a new incomplete tail: join as before.
        var joined = carry
        carry.removeAll()
        joined.append(contentsOf: rest)
        joined.withUnsafeBytes { repairBody($0, final: final, into: &out) }
    }

    private mutating func repairBody(_ input: UnsafeRawBufferPointer, final: Bool, into out: inout [UInt8]) {
        let n = input.count
        guard n > 0, let base = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        var i = 0
        var copied = 0   // input[copied..<i] is valid and not yet appended
        while i < n {
            // ASCII fast path, 32 then eight bytes at a time.
            while i + 32 <= n {
                let raw = UnsafeRawPointer(base + i)
                let word = raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 32
            }
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < n else { break }
            let b = base[i]
            if b < 0x80 { i += 1; continue }
            sawNonASCII = true
            // The common valid forms first: a two-byte scalar (Cyrillic, Greek, accented Latin) and a
            // three-byte one outside the E0/ED edge cases (CJK, kana), without the general checks.
            if b >= 0xC2 && b <= 0xDF && i + 1 < n && base[i + 1] & 0xC0 == 0x80 { i += 2; continue }
            if b >= 0xE1 && b <= 0xEF && b != 0xED && i + 2 < n && base[i + 1] & 0xC0 == 0x80 && base[i + 2] & 0xC0 == 0x80 {
                i += 3
                continue
            }
            var need = 0
            var lowB: UInt8 = 0x80, highB: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lowB = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2
            case 0xED: need = 2; highB = 0x9F
            case 0xF0: need = 3; lowB = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; highB = 0x8F
            default: need = -1
            }
            if need < 0 {
                flush(base, copied, i, &out)
                if emits { out.append(contentsOf: UTF8Repair.replacement) }
                sawInvalid = true
                replacements += 1
                i += 1
                copied = i
                continue
            }
            var j = i + 1
            var valid = true
            for k in 0..<need {
                if j >= n {
                    if !final {
                        // Incomplete at the end of this input: keep it for the next one.
                        flush(base, copied, i, &out)
                        carry = Array(UnsafeBufferPointer(start: base + i, count: n - i))
                        return
                    }
                    valid = false
                    break
                }
                let c = base[j]
                let lo = k == 0 ? lowB : 0x80, hi = k == 0 ? highB : 0xBF
                if c < lo || c > hi { valid = false; break }
                j += 1
            }
            if valid {
                i = j
            } else {
                flush(base, copied, i, &out)
                if emits { out.append(contentsOf: UTF8Repair.replacement) }
                sawInvalid = true
                replacements += 1
                i = j
                copied = i
            }
        }
        flush(base, copied, n, &out)
    }

    @inline(__always)
    private func flush(_ base: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ out: inout [UInt8]) {
        if emits && to > from { out.append(contentsOf: UnsafeBufferPointer(start: base + from, count: to - from)) }
    }
}

/// Decides whether a file is text: NUL bytes or many control bytes in its first 64 KiB mean binary.
public enum BinaryCheck {
    /// How much of the file is looked at.
    public static let sampleBytes = 64 * 1024

    /// A reason when the sample looks binary, else nil.
    public static func reason(_ sample: UnsafeRawBufferPointer) -> String? {
        guard !sample.isEmpty else { return nil }
        var controls = 0
        for (i, b) in sample.enumerated() {
            if b == 0 { return "it contains NUL bytes (offset \(i)); give a UTF-8 text file (convert UTF-16 with iconv)" }
            if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x0B && b != 0x1B) || b == 0x7F { controls += 1 }
        }
        if controls * 10 > sample.count {
            return "\(controls * 100 / sample.count) % of its first \(sample.count) bytes are control characters; give a UTF-8 text file"
        }
        return nil
    }
}
