/// A lossy set of 64-bit word hashes: direct-mapped, a newer hash evicts an older one in its slot.
///
/// For memos where forgetting is harmless (the caller then does the work again) and membership
/// must be exact for what is remembered (the whole hash is compared). Raw memory, no exclusivity checks.
final class HashSet64 {
    private static let bits = 12
    private let slots = UnsafeMutablePointer<UInt64>.allocate(capacity: 1 << HashSet64.bits)

    init() { slots.initialize(repeating: 0, count: 1 << HashSet64.bits) }
    deinit { slots.deallocate() }

    @inline(__always)
    private func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h ^ (h >> 29)) & UInt64((1 << HashSet64.bits) - 1)) }

    /// True when `h` was inserted and not evicted since (0 is never a member).
    @inline(__always)
    func contains(_ h: UInt64) -> Bool { h != 0 && slots[slot(h)] == h }

    /// Remembers `h`.
    @inline(__always)
    func insert(_ h: UInt64) { slots[slot(h)] = h }
}
