#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file read through one memory map that slides forward as it is asked for bytes.
///
/// The extractor scans straight from the map, so a request must return one contiguous run of the
/// file: the bytes it is about to scan plus the look-behind it keeps. One window is mapped at a
/// time (the previous one unmapped first), so the pages held stay bounded however large the file.
/// Where `mmap` fails, the window is read with `pread` into a buffer of its own instead.
final class MappedWindow {
    let fd: Int32
    /// The document in messages.
    let name: String
    /// The file's size when it was opened; bytes appended later are not read (as before).
    let size: Int
    /// The least a new window maps; a request for more maps what it asks for.
    let window: Int
    /// False to read every window with `pread`, as when `mmap` fails (tests take that path so).
    let maps: Bool
    private var start = 0
    private var length = 0
    private var base: UnsafeMutableRawPointer?
    /// True when `base` is a `pread` buffer, not a mapping.
    private var copied = false
    private static let pageSize = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))

    /// The default window: two 1 MB scan buffers with their look-behind and margin and a few pages
    /// of slack, so consecutive windows overlap by a few pages, not by a buffer.
    static let defaultWindow = (2 << 20) + (32 << 10)

    init(fd: Int32, name: String, size: Int, window: Int = MappedWindow.defaultWindow, maps: Bool = true) {
        self.fd = fd
        self.name = name
        self.size = size
        self.window = max(1, window)
        self.maps = maps
    }

    deinit { release() }

    /// The file's bytes `range` (within `0..<size`), valid until the next call. When a new window
    /// must be mapped it starts at `keeping` (at most `range.lowerBound`), so bytes from there on
    /// stay addressable together with the range.
    func bytes(_ range: Range<Int>, keeping: Int) throws(ExtractError) -> UnsafeRawBufferPointer {
        precondition(range.lowerBound >= 0 && range.upperBound <= size && keeping <= range.lowerBound)
        if range.isEmpty { return UnsafeRawBufferPointer(start: nil, count: 0) }
        if base == nil || range.lowerBound < start || range.upperBound > start + length {
            try slide(from: keeping, through: range.upperBound)
        }
        return UnsafeRawBufferPointer(start: base! + (range.lowerBound - start), count: range.count)
    }

    /// Replaces the window by one covering `from..<through` (and `window` bytes when the file has them).
    private func slide(from: Int, through: Int) throws(ExtractError) {
        release()
        // mmap offsets are whole pages.
        let first = from / MappedWindow.pageSize * MappedWindow.pageSize
        let count = min(size, max(through, first + window)) - first
        // MAP_POPULATE (pre-faulting the window at once) was tried: no gain (518 vs 513 ms median
        // user+sys on 100 MB, 12 A/B runs); fault-around already maps 16 cached pages per fault.
        if maps, let map = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, off_t(first)), map != MAP_FAILED {
            _ = madvise(map, count, MADV_SEQUENTIAL)
            (base, start, length, copied) = (map, first, count, false)
            return
        }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: count, alignment: 64)
        (base, start, length, copied) = (buffer, first, count, true)
        var got = 0
        while got < count {
            let n = pread(fd, buffer + got, count - got, off_t(first + got))
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw .cannotOpen(path: name, reason: String(cString: strerror(errno))) }
            if n == 0 { throw .cannotOpen(path: name, reason: "the file was truncated while it was read") }
            got += n
        }
    }

    /// Unmaps (or frees) the current window.
    private func release() {
        guard let b = base else { return }
        if copied { b.deallocate() } else { munmap(b, length) }
        base = nil
    }
}
