/// zlib effort for PNG output.
public enum PNGCompression: Sendable, Hashable {
    /// zlib level 1: several times faster than cairo's writer, files somewhat larger.
    case fast
    /// zlib level 6.
    case `default`
    /// zlib level 9.
    case best
    /// An explicit zlib level, 0...9.
    case level(Int)

    var zlibLevel: Int32 {
        switch self {
        case .fast: return 1
        case .default: return 6
        case .best: return 9
        case let .level(l): return Int32(min(9, max(0, l)))
        }
    }
}

/// The PNG row filter (the same one for every row, so output is deterministic and fast).
public enum PNGFilter: UInt8, Sendable {
    case none = 0
    case sub = 1
    case up = 2
}

/// Which PNG encoder to use.
public enum PNGEncoderKind: Sendable {
    /// Our encoder: zlib at the chosen level and filter.
    case builtin
    /// cairo_surface_write_to_png (slow; kept for comparison in benchmarks).
    case cairo
}

/// PNG encoding options.
public struct PNGOptions: Sendable, Hashable {
    public var compression: PNGCompression
    public var filter: PNGFilter
    /// Written as a pHYs chunk when set (pixels per inch).
    public var dpi: Double?
    public var encoder: PNGEncoderKind

    /// Options; defaults are the fast path: level 1, no filter, no pHYs.
    public init(compression: PNGCompression = .fast, filter: PNGFilter = .none,
                dpi: Double? = nil, encoder: PNGEncoderKind = .builtin) {
        self.compression = compression
        self.filter = filter
        self.dpi = dpi
        self.encoder = encoder
    }
}
