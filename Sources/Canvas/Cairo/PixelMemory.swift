#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns the pixel memory of a large image surface: a zero-filled anonymous mapping aligned to
/// 2 MiB, unmapped exactly once in deinit.
///
/// Why not cairo's own allocation: a 2400×1800 map is 17 MB, and faulting it in 4 KiB pages
/// (4,200 faults, each zeroing and accounting one page) cost ~8 ms of kernel time per render.
/// On Linux the mapping asks for transparent huge pages, which fault in nine 2 MiB steps.
final class PixelMemory {
    /// The huge-page size on x86-64 and arm64 Linux; smaller images are left to cairo.
    static let hugePage = 2 << 20

    /// The aligned start of `count` usable bytes.
    let base: UnsafeMutableRawPointer
    let count: Int
    private let mapping: UnsafeMutableRawPointer
    private let mappedBytes: Int

    /// Maps `count` zeroed bytes; nil if the system refuses (the caller falls back to cairo).
    init?(count: Int) {
        guard count > 0 else { return nil }
        let total = count + PixelMemory.hugePage
        guard let p = mmap(nil, total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              p != MAP_FAILED else { return nil }
        mapping = p
        mappedBytes = total
        let aligned = (Int(bitPattern: p) + PixelMemory.hugePage - 1) & ~(PixelMemory.hugePage - 1)
        base = p + (aligned - Int(bitPattern: p))
        self.count = count
        #if os(Linux)
        // Advice only: without huge pages the memory still works, in small pages.
        _ = madvise(base, count, MADV_HUGEPAGE)
        #endif
    }

    deinit { munmap(mapping, mappedBytes) }
}
