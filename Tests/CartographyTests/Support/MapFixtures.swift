import Canvas
import Cartography
import Foundation
import Gazetteer
import Projection
import TestSupport
import XCTest

/// The data the map tests draw: the bundled Khasan dispute and the synthetic test dispute, both in this repository.
enum MapFixtures {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let khasan: Gazetteer = try! Gazetteer.load(paths: [root + "/GeoData/khasan-1938.geojson"])
    static let testland: Gazetteer = try! Gazetteer.load(paths: [root + "/Tests/Fixtures/disputes/testland-2000.geojson"])

    /// Renders once and caches by a key, so the many probes of one map share it.
    nonisolated(unsafe) private static var cache: [String: RenderedMap] = [:]
    private static let lock = NSLock()

    static func render(_ g: Gazetteer, _ request: MapRequest, key: String) throws -> RenderedMap {
        lock.lock(); defer { lock.unlock() }
        if let hit = cache[key] { return hit }
        let map = try MapRenderer.render(g, request)
        cache[key] = map
        return map
    }
}

/// Finds the pixel of a geographic point in a rendered PNG, as the renderer placed it.
struct MapProbe {
    let map: RenderedMap
    let image: RasterImage
    let transform: MapTransform
    let scale: Double

    init(_ map: RenderedMap) throws {
        self.map = map
        image = try RasterImage(png: map.bytes)
        let info = map.info
        let projection = try LocalProjection(center: Coordinate(lon: info.center[0], lat: info.center[1]))
        transform = MapTransform(projection: projection,
                                 extent: BoundingBox(minX: info.extent[0], minY: info.extent[1], maxX: info.extent[2], maxY: info.extent[3]),
                                 frame: Rect(x: info.frame[0], y: info.frame[1], width: info.frame[2], height: info.frame[3]))
        scale = Double(info.pixels[0]) / info.pagePoints[0]
    }

    /// The pixel at a page point.
    func pixel(at p: Point) -> Pixel {
        image.pixel(x: Int((p.x * scale).rounded(.down)), y: Int((p.y * scale).rounded(.down)))
    }

    /// The pixel at a lon/lat.
    func pixel(at c: Coordinate) throws -> Pixel { pixel(at: try transform.point(c)) }

    /// Pixels along the straight page segment between two lon/lat points.
    func pixels(from a: Coordinate, to b: Coordinate, samples: Int = 40) throws -> [Pixel] {
        let p = try transform.point(a), q = try transform.point(b)
        return (0...samples).map { i in
            let t = Double(i) / Double(samples)
            return pixel(at: Point(x: p.x + t * (q.x - p.x), y: p.y + t * (q.y - p.y)))
        }
    }
}

extension Pixel {
    /// True when within `tolerance` of a colour (alpha ignored).
    func matches(_ c: RGBA, tolerance: Int = 40) -> Bool {
        abs(Int(red) - Int((c.red * 255).rounded())) <= tolerance && abs(Int(green) - Int((c.green * 255).rounded())) <= tolerance
            && abs(Int(blue) - Int((c.blue * 255).rounded())) <= tolerance
    }
}

/// A helper tool failed.
struct ToolError: Error, CustomStringConvertible { let message: String; var description: String { message } }

/// Runs a command-line tool and returns its standard output (for pdftotext, pdffonts, pdfinfo).
enum Tool {
    static func run(_ name: String, _ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [name] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw ToolError(message: "\(name) failed (status \(p.terminationStatus)); is it installed? run scripts/bootstrap.sh") }
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes bytes to a fresh temporary file with an extension.
    static func temporaryFile(_ bytes: [UInt8], ext: String) throws -> String {
        let path = TestScratch.path("borderlines-map", ext: ext)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}
