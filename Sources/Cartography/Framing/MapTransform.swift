import Canvas
import Projection

/// Maps geographic coordinates to page points: lon/lat → local conformal metres → the map frame.
///
/// The frame keeps the projected view's aspect ratio, so one scale applies in x and y and
/// circles stay circles. Page y grows downward, projected northing upward.
public final class MapTransform {
    /// The local projection.
    public let projection: LocalProjection
    /// The map frame on the page, in points.
    public let frame: Rect
    /// The projected extent shown in the frame (metres).
    public let extent: BoundingBox
    /// Page points per projected metre.
    public let pointsPerMeter: Double

    /// A transform that shows `extent` (metres in `projection`) in `frame`.
    public init(projection: LocalProjection, extent: BoundingBox, frame: Rect) {
        self.projection = projection
        self.extent = extent
        self.frame = frame
        pointsPerMeter = min(frame.width / extent.width, frame.height / extent.height)
    }

    /// Projected metres → page point.
    public func point(meters m: Coordinate) -> Point {
        Point(x: frame.minX + (m.x - extent.minX) * pointsPerMeter,
              y: frame.maxY - (m.y - extent.minY) * pointsPerMeter)
    }

    /// Page point → projected metres.
    public func meters(point p: Point) -> Coordinate {
        Coordinate(x: extent.minX + (p.x - frame.minX) / pointsPerMeter,
                   y: extent.minY + (frame.maxY - p.y) / pointsPerMeter)
    }

    /// Lon/lat → page point.
    public func point(_ c: Coordinate) throws -> Point { point(meters: try projection.project(c)) }

    /// Many lon/lat → page points in one projection call.
    public func points(_ cs: [Coordinate]) throws -> [Point] {
        try projection.project(cs).map { point(meters: $0) }
    }

    /// Page point → lon/lat.
    public func lonLat(_ p: Point) throws -> Coordinate { try projection.unproject(meters(point: p)) }

    /// The geographic bounding box of the frame (its corners and edge midpoints unprojected).
    public func geographicBounds() throws -> BoundingBox {
        var samples: [Point] = []
        for i in 0...4 {
            let t = Double(i) / 4
            samples += [Point(x: frame.minX + t * frame.width, y: frame.minY), Point(x: frame.minX + t * frame.width, y: frame.maxY),
                        Point(x: frame.minX, y: frame.minY + t * frame.height), Point(x: frame.maxX, y: frame.minY + t * frame.height)]
        }
        let geo = try projection.unproject(samples.map { meters(point: $0) })
        return BoundingBox(covering: geo)!
    }

    /// Ground metres per page point at the frame centre, measured geodesically across 100 points.
    public func metersPerPoint() throws -> Double {
        let c = frame.center
        let a = try lonLat(Point(x: c.x - 50, y: c.y)), b = try lonLat(Point(x: c.x + 50, y: c.y))
        return Geodesic.wgs84.distance(a, b) / 100
    }
}
