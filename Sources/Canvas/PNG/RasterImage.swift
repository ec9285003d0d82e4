import CCairo

/// An 8-bit straight-alpha pixel.
public struct Pixel: Sendable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8
    public var alpha: UInt8

    /// A pixel from its components.
    public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }
}

/// A decoded PNG for pixel probes in tests (decoded by cairo's reader, independent of our encoder).
public struct RasterImage: Sendable {
    public let width: Int
    public let height: Int
    /// Row-major straight RGBA.
    public let pixels: [Pixel]

    /// Decodes PNG bytes; throws `.invalidImage` if cairo cannot read them.
    public init(png: [UInt8]) throws {
        final class Reader {
            let bytes: [UInt8]
            var offset = 0
            init(_ bytes: [UInt8]) { self.bytes = bytes }
        }
        let reader = Reader(png)
        let read: cairo_read_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            let r = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
            let n = Int(length)
            guard r.offset + n <= r.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            r.bytes.withUnsafeBufferPointer { src in
                data.update(from: src.baseAddress! + r.offset, count: n)
            }
            r.offset += n
            return CAIRO_STATUS_SUCCESS
        }
        let surface: CairoSurface
        do {
            surface = try withExtendedLifetime(reader) {
                try CairoSurface(owning: cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(reader).toOpaque()),
                                 operation: "cairo_image_surface_create_from_png_stream")
            }
        } catch let error as CanvasError {
            throw CanvasError.invalidImage(error.description)
        }
        try surface.flush()
        let s = surface.handle
        width = Int(cairo_image_surface_get_width(s))
        height = Int(cairo_image_surface_get_height(s))
        let stride = Int(cairo_image_surface_get_stride(s))
        guard let data = cairo_image_surface_get_data(s) else { throw CanvasError.invalidImage("no pixel data") }
        let format = cairo_image_surface_get_format(s)
        var out: [Pixel] = []
        out.reserveCapacity(width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width {
                let p = row[x]
                let a = format == CAIRO_FORMAT_RGB24 ? 255 : p >> 24
                func straight(_ c: UInt32) -> UInt8 { a == 0 ? 0 : UInt8(min(255, (c * 255 + a / 2) / a)) }
                out.append(Pixel(red: straight((p >> 16) & 0xFF), green: straight((p >> 8) & 0xFF),
                                 blue: straight(p & 0xFF), alpha: UInt8(a)))
            }
        }
        pixels = out
    }

    /// The pixel at (x, y), in device pixels from the top-left.
    public func pixel(x: Int, y: Int) -> Pixel {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "pixel (\(x), \(y)) outside \(width)×\(height)")
        return pixels[y * width + x]
    }
}
