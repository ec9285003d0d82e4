#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One JSON record assembled in raw memory, then handed to the output in one copy.
///
/// `Array.append(contentsOf:)` costs ~90 instructions a call (uniqueness and capacity checks, a
/// generic copy), and a mention record took a dozen of them; here each piece is a bounds check
/// and a `memcpy`. A local value (no class fields), so no exclusivity checks either.
struct RecordWriter {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    /// The caller's scratch memory, which this writer must not free.
    private let scratch: UnsafeMutablePointer<UInt8>

    /// A writer over `scratch` (of `capacity` bytes); a longer record moves to the heap.
    init(scratch: UnsafeMutablePointer<UInt8>, capacity: Int) {
        base = scratch
        self.scratch = scratch
        self.capacity = capacity
    }

    /// The bytes written so far.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Frees heap memory taken by a long record.
    func release() { if base != scratch { base.deallocate() } }

    @inline(__always)
    private mutating func reserve(_ n: Int) {
        guard count + n > capacity else { return }
        let bigger = max(capacity * 2, count + n)
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        p.update(from: base, count: count)
        release()
        base = p
        capacity = bigger
    }

    /// Appends one byte.
    @inline(__always)
    mutating func put(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    /// Appends bytes.
    @inline(__always)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let src = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        memcpy(base + count, src, bytes.count)
        count += bytes.count
    }

    /// Appends the bytes of an array.
    @inline(__always)
    mutating func put(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { put($0) } }

    /// Appends the bytes of a literal (no reference counting, unlike an array constant).
    @inline(__always)
    mutating func put(_ literal: StaticString) {
        put(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// An integer in decimal, as `JSONText.int` writes it.
    mutating func putInt(_ n: Int) {
        reserve(21)
        if n < 0 { base[count] = 0x2D; count += 1 }
        // Two digits per division, right to left into the end of the room reserved (20 bytes hold
        // any 64-bit magnitude), then moved down to the record's end: one chain of divisions, where
        // counting the digits first took a second one.
        let table: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
        let pairs = table.utf8Start
        let end = count + 20
        var i = end
        var v = n.magnitude
        while v >= 100 {
            let r = Int(2 * (v % 100))
            v /= 100
            i -= 2
            base[i] = pairs[r]
            base[i + 1] = pairs[r + 1]
        }
        if v >= 10 {
            i -= 2
            base[i] = pairs[Int(2 * v)]
            base[i + 1] = pairs[Int(2 * v) + 1]
        } else {
            i -= 1
            base[i] = 0x30 + UInt8(v)
        }
        let digits = end - i
        if i != count { memmove(base + count, base + i, digits) }
        count += digits
    }

    /// A JSON string literal from UTF-8 bytes, escaped as `JSONText.string` escapes it.
    mutating func putJSONString(_ bytes: UnsafeBufferPointer<UInt8>) {
        put(0x22)
        var run = 0
        for (i, b) in bytes.enumerated() where b == 0x22 || b == 0x5C || b < 0x20 {
            if i > run { put(UnsafeBufferPointer(rebasing: bytes[run..<i])) }
            run = i + 1
            var escaped: [UInt8] = []
            JSONText.string(bytes: UnsafeBufferPointer(rebasing: bytes[i...i]), into: &escaped)
            // The escape without the quotes around it.
            escaped.withUnsafeBufferPointer { put(UnsafeBufferPointer(rebasing: $0[1..<($0.count - 1)])) }
        }
        if bytes.count > run { put(UnsafeBufferPointer(rebasing: bytes[run...])) }
        put(0x22)
    }

    /// A JSON string literal.
    mutating func putJSONString(_ s: String) {
        var s = s
        s.withUTF8 { putJSONString($0) }
    }

    /// A confidence with two decimals, as `JSONText.confidence` writes it.
    mutating func putConfidence(_ x: Double) {
        let c = Int((x * 100).rounded())
        if c >= 100 { put(0x31); return }
        if c <= 0 { put(0x30); return }
        put(0x30); put(0x2E); put(0x30 + UInt8(c / 10))
        if c % 10 != 0 { put(0x30 + UInt8(c % 10)) }
    }
}

extension Array where Element == UInt8 {
    /// Appends a literal's bytes.
    mutating func append(_ literal: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}
