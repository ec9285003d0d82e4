import Canvas

/// Pixel helpers for probing rendered PNGs.
extension Pixel {
    /// Whether each channel is within `tolerance` of `other`.
    func isClose(to other: Pixel, tolerance: Int = 8) -> Bool {
        abs(Int(red) - Int(other.red)) <= tolerance && abs(Int(green) - Int(other.green)) <= tolerance
            && abs(Int(blue) - Int(other.blue)) <= tolerance && abs(Int(alpha) - Int(other.alpha)) <= tolerance
    }

    static let pureWhite = Pixel(red: 255, green: 255, blue: 255)
    static let pureRed = Pixel(red: 255, green: 0, blue: 0)
    static let pureBlack = Pixel(red: 0, green: 0, blue: 0)
}

extension RasterImage {
    /// The bounding box (in pixels, inclusive) of pixels that differ from `background`; nil if none.
    func inkBounds(background: Pixel = .pureWhite, tolerance: Int = 24) -> (minX: Int, minY: Int, maxX: Int, maxY: Int)? {
        var minX = Int.max, minY = Int.max, maxX = -1, maxY = -1
        for y in 0..<height {
            for x in 0..<width where !pixel(x: x, y: y).isClose(to: background, tolerance: tolerance) {
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        return maxX < 0 ? nil : (minX, minY, maxX, maxY)
    }

    /// How often consecutive samples switch between "close to `color`" and not.
    func transitions(along points: [(Int, Int)], color: Pixel, tolerance: Int = 60) -> Int {
        var count = 0
        var last: Bool?
        for (x, y) in points {
            let on = pixel(x: x, y: y).isClose(to: color, tolerance: tolerance)
            if let last, last != on { count += 1 }
            last = on
        }
        return count
    }
}

/// Renders `draw` to PNG bytes on a white `width`×`height` canvas and decodes it.
func renderPNG(width: Double = 100, height: Double = 100, scale: Double = 1, background: RGBA? = .white,
               png: PNGOptions = PNGOptions(), _ draw: (Canvas) throws -> Void) throws -> (bytes: [UInt8], image: RasterImage) {
    let canvas = try Canvas(width: width, height: height, format: .png, scale: scale, background: background, png: png)
    try draw(canvas)
    let bytes = try canvas.finish()
    return (bytes, try RasterImage(png: bytes))
}
