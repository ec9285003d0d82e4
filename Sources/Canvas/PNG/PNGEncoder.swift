/// A borrowed view of cairo ARGB32 pixels: native-endian 32-bit words, premultiplied alpha.
struct PremultipliedImage {
    let pixels: UnsafeRawPointer
    let width: Int
    let height: Int
    /// Bytes per row (≥ 4 × width).
    let stride: Int
}

/// Our PNG writer: 8-bit RGB (opaque) or RGBA, one filter for all rows, zlib at a chosen
/// level, rows compressed in strips on all cores (`ZlibStrips`). No timestamps or text chunks,
/// so the same pixels always give the same bytes, on any number of cores.
enum PNGEncoder {
    /// IDAT payloads are split at this size (any size is valid; 256 KiB is conventional).
    static let idatChunkSize = 1 << 18
    /// Filtered bytes per strip: small enough that two cores share a 2400×1800 map evenly
    /// (13 strips), large enough that a strip's priming and flush marker cost nothing measurable.
    /// Changing it changes the output bytes (never the pixels).
    static let stripBytes = 1 << 20

    /// Encodes `image`; `opaque` drops the alpha channel (the caller painted an opaque background).
    static func encode(_ image: PremultipliedImage, opaque: Bool, options: PNGOptions) throws -> [UInt8] {
        let bpp = opaque ? 3 : 4
        let lineBytes = image.width * bpp + 1
        let rowsPerStrip = max(1, stripBytes / lineBytes)
        let strips = max(1, (image.height + rowsPerStrip - 1) / rowsPerStrip)
        // A strip starts with enough rows of the previous one to fill the deflate window.
        let primingRows = (ZlibStrips.window + lineBytes - 1) / lineBytes
        let capacity = min(image.height, rowsPerStrip + primingRows) * lineBytes
        let compressed = try ZlibStrips.compress(count: strips, level: options.compression.zlibLevel,
                                                 capacity: capacity) { i, buffer in
            let first = i * rowsPerStrip
            let end = min(image.height, first + rowsPerStrip)
            let from = max(0, first - primingRows)
            writeLines(image, rows: from..<end, opaque: opaque, filter: options.filter, into: buffer)
            return StripLayout(byteCount: (end - from) * lineBytes, dataStart: (first - from) * lineBytes)
        }

        var png = PNGChunkWriter()
        var header: [UInt8] = []
        PNGChunkWriter.appendBigEndian(UInt32(image.width), to: &header)
        PNGChunkWriter.appendBigEndian(UInt32(image.height), to: &header)
        // bit depth 8; colour type 2 (RGB) or 6 (RGBA); deflate; adaptive filtering; no interlace
        header += [8, opaque ? 2 : 6, 0, 0, 0]
        png.chunk("IHDR", header[...])
        if let dpi = options.dpi, dpi.isFinite, dpi > 0 {
            var phys: [UInt8] = []
            let perMetre = UInt32(min(Double(UInt32.max), (dpi / 0.0254).rounded()))
            PNGChunkWriter.appendBigEndian(perMetre, to: &phys)
            PNGChunkWriter.appendBigEndian(perMetre, to: &phys)
            phys.append(1) // unit: metre
            png.chunk("pHYs", phys[...])
        }
        var offset = 0
        repeat {
            let end = min(compressed.count, offset + idatChunkSize)
            png.chunk("IDAT", compressed[offset..<end])
            offset = end
        } while offset < compressed.count
        png.chunk("IEND", [][...])
        return png.bytes
    }

    /// Writes `rows` as PNG lines (filter-type byte, then the filtered row) to `out`.
    private static func writeLines(_ image: PremultipliedImage, rows: Range<Int>, opaque: Bool, filter: PNGFilter,
                                   into out: UnsafeMutablePointer<UInt8>) {
        let bpp = opaque ? 3 : 4
        let rowBytes = image.width * bpp
        func convert(_ y: Int, _ to: UnsafeMutablePointer<UInt8>) {
            let row = (image.pixels + y * image.stride).assumingMemoryBound(to: UInt32.self)
            if opaque { convertOpaque(row, image.width, to) } else { convertUnpremultiplied(row, image.width, to) }
        }
        if filter == .none {
            // The common case: convert straight into the line, no scratch rows.
            for (i, y) in rows.enumerated() {
                let line = out + i * (rowBytes + 1)
                line[0] = PNGFilter.none.rawValue
                convert(y, line + 1)
            }
            return
        }
        // `previous` feeds the Up filter (zeros above row 0).
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * rowBytes)
        defer { scratch.deallocate() }
        var current = scratch, previous = scratch + rowBytes
        previous.initialize(repeating: 0, count: rowBytes)
        if rows.lowerBound > 0 { convert(rows.lowerBound - 1, previous) }
        for (i, y) in rows.enumerated() {
            convert(y, current)
            let line = out + i * (rowBytes + 1)
            line[0] = filter.rawValue
            applyFilter(filter, bpp: bpp, count: rowBytes, current: current, previous: previous, into: line + 1)
            swap(&current, &previous)
        }
    }

    /// ARGB32 → RGB; with an opaque background premultiplied equals straight colour.
    @inline(__always)
    private static func convertOpaque(_ row: UnsafePointer<UInt32>, _ width: Int, _ out: UnsafeMutablePointer<UInt8>) {
        // Four pixels → one 8-byte and one 4-byte store, instead of twelve byte stores: a
        // byte-swapped pixel shifted right by 8 is its R, G, B in memory order.
        let raw = UnsafeMutableRawPointer(out)
        var x = 0, o = 0
        while x + 4 <= width {
            let c0 = UInt64(row[x].byteSwapped >> 8), c1 = UInt64(row[x + 1].byteSwapped >> 8)
            let c2 = UInt64(row[x + 2].byteSwapped >> 8), c3 = UInt64(row[x + 3].byteSwapped >> 8)
            raw.storeBytes(of: (c0 | c1 << 24 | c2 << 48).littleEndian, toByteOffset: o, as: UInt64.self)
            raw.storeBytes(of: UInt32(truncatingIfNeeded: c2 >> 16 | c3 << 8).littleEndian,
                           toByteOffset: o + 8, as: UInt32.self)
            x += 4
            o += 12
        }
        while x < width {
            let p = row[x]
            out[o] = UInt8(truncatingIfNeeded: p >> 16)
            out[o + 1] = UInt8(truncatingIfNeeded: p >> 8)
            out[o + 2] = UInt8(truncatingIfNeeded: p)
            x += 1
            o += 3
        }
    }

    /// ARGB32 premultiplied → straight RGBA (rounded), as PNG requires.
    @inline(__always)
    private static func convertUnpremultiplied(_ row: UnsafePointer<UInt32>, _ width: Int, _ out: UnsafeMutablePointer<UInt8>) {
        var o = 0
        for x in 0..<width {
            let p = row[x]
            let a = p >> 24
            var r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF
            if a == 0 {
                r = 0; g = 0; b = 0
            } else if a < 255 {
                r = min(255, (r * 255 + a / 2) / a)
                g = min(255, (g * 255 + a / 2) / a)
                b = min(255, (b * 255 + a / 2) / a)
            }
            out[o] = UInt8(r); out[o + 1] = UInt8(g); out[o + 2] = UInt8(b); out[o + 3] = UInt8(a)
            o += 4
        }
    }

    /// Writes the filtered `current` row (`count` bytes) to `out`.
    @inline(__always)
    private static func applyFilter(_ filter: PNGFilter, bpp: Int, count n: Int, current: UnsafePointer<UInt8>,
                                    previous: UnsafePointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) {
        switch filter {
        case .none:
            out.update(from: current, count: n)
        case .sub:
            for i in 0..<n { out[i] = current[i] &- (i >= bpp ? current[i - bpp] : 0) }
        case .up:
            for i in 0..<n { out[i] = current[i] &- previous[i] }
        }
    }
}
