/// A borrowed view of cairo ARGB32 pixels: native-endian 32-bit words, premultiplied alpha.
struct PremultipliedImage {
    let pixels: UnsafeRawPointer
    let width: Int
    let height: Int
    /// Bytes per row (≥ 4 × width).
    let stride: Int
}

/// Our PNG writer: 8-bit RGB (opaque) or RGBA, one filter for all rows, zlib at a chosen
/// level. No timestamps or text chunks, so the same pixels always give the same bytes.
enum PNGEncoder {
    /// IDAT payloads are split at this size (any size is valid; 256 KiB is conventional).
    static let idatChunkSize = 1 << 18

    /// Encodes `image`; `opaque` drops the alpha channel (the caller painted an opaque background).
    static func encode(_ image: PremultipliedImage, opaque: Bool, options: PNGOptions) throws -> [UInt8] {
        let bpp = opaque ? 3 : 4
        let rowBytes = image.width * bpp
        let deflater = try Deflater(level: options.compression.zlibLevel)
        // `previous` feeds the Up filter (zeros above row 0); `line` is the filtered row
        // behind its filter-type byte.
        var previous = [UInt8](repeating: 0, count: rowBytes)
        var current = [UInt8](repeating: 0, count: rowBytes)
        var line = [UInt8](repeating: 0, count: rowBytes + 1)
        line[0] = options.filter.rawValue
        for y in 0..<image.height {
            let row = (image.pixels + y * image.stride).assumingMemoryBound(to: UInt32.self)
            current.withUnsafeMutableBufferPointer { out in
                if opaque { convertOpaque(row, image.width, out) } else { convertUnpremultiplied(row, image.width, out) }
            }
            line.withUnsafeMutableBufferPointer { out in
                current.withUnsafeBufferPointer { cur in
                    previous.withUnsafeBufferPointer { prev in
                        applyFilter(options.filter, bpp: bpp, current: cur, previous: prev, into: out)
                    }
                }
            }
            try line.withUnsafeBufferPointer { try deflater.write($0) }
            swap(&previous, &current)
        }
        let compressed = try deflater.finish()

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

    /// ARGB32 → RGB; with an opaque background premultiplied equals straight colour.
    @inline(__always)
    private static func convertOpaque(_ row: UnsafePointer<UInt32>, _ width: Int, _ out: UnsafeMutableBufferPointer<UInt8>) {
        var o = 0
        for x in 0..<width {
            let p = row[x]
            out[o] = UInt8(truncatingIfNeeded: p >> 16)
            out[o + 1] = UInt8(truncatingIfNeeded: p >> 8)
            out[o + 2] = UInt8(truncatingIfNeeded: p)
            o += 3
        }
    }

    /// ARGB32 premultiplied → straight RGBA (rounded), as PNG requires.
    @inline(__always)
    private static func convertUnpremultiplied(_ row: UnsafePointer<UInt32>, _ width: Int, _ out: UnsafeMutableBufferPointer<UInt8>) {
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

    /// Writes the filter byte's transform of `current` into `out[1...]`.
    @inline(__always)
    private static func applyFilter(_ filter: PNGFilter, bpp: Int, current: UnsafeBufferPointer<UInt8>,
                                    previous: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) {
        let n = current.count
        switch filter {
        case .none:
            for i in 0..<n { out[i + 1] = current[i] }
        case .sub:
            for i in 0..<n { out[i + 1] = current[i] &- (i >= bpp ? current[i - bpp] : 0) }
        case .up:
            for i in 0..<n { out[i + 1] = current[i] &- previous[i] }
        }
    }
}
