/// A uniform grid of boxes and segments for fast "is this box free?" queries.
///
/// Maps put a few hundred to a few thousand obstacles on a canvas; a grid with cells about
/// the size of a label answers each query by looking at a handful of cells.
public struct CollisionIndex: Sendable {
    private struct Segment: Sendable { var a: Coordinate; var b: Coordinate; var halfWidth: Double }

    private let bounds: BoundingBox
    private let cellSize: Double
    private let columns: Int
    private let rows: Int
    private var boxCells: [[Int]]
    private var segmentCells: [[Int]]
    private var boxes: [BoundingBox] = []
    private var segments: [Segment] = []

    /// An empty index over `bounds` (pixels) with cells of `cellSize` pixels.
    public init(bounds: BoundingBox, cellSize: Double = 64) {
        self.bounds = bounds
        self.cellSize = max(8, cellSize)
        columns = max(1, Int((bounds.width / self.cellSize).rounded(.up)))
        rows = max(1, Int((bounds.height / self.cellSize).rounded(.up)))
        boxCells = Array(repeating: [], count: columns * rows)
        segmentCells = Array(repeating: [], count: columns * rows)
    }

    private func cellRange(_ box: BoundingBox) -> (ClosedRange<Int>, ClosedRange<Int>)? {
        let c0 = Int(((box.minX - bounds.minX) / cellSize).rounded(.down)), c1 = Int(((box.maxX - bounds.minX) / cellSize).rounded(.down))
        let r0 = Int(((box.minY - bounds.minY) / cellSize).rounded(.down)), r1 = Int(((box.maxY - bounds.minY) / cellSize).rounded(.down))
        let cols = max(0, c0)...min(columns - 1, c1), rws = max(0, r0)...min(rows - 1, r1)
        guard cols.lowerBound <= cols.upperBound, rws.lowerBound <= rws.upperBound,
              c1 >= 0, r1 >= 0, c0 < columns, r0 < rows else { return nil }
        return (cols, rws)
    }

    /// Adds a box obstacle (a placed label, a marker, the legend).
    public mutating func insert(_ box: BoundingBox) {
        let index = boxes.count
        boxes.append(box)
        guard let (cols, rws) = cellRange(box) else { return }
        for r in rws { for c in cols { boxCells[r * columns + c].append(index) } }
    }

    /// Adds a line obstacle: every segment of the polyline, thickened by `halfWidth` pixels.
    public mutating func insert(polyline: [Coordinate], halfWidth: Double) {
        guard polyline.count >= 2 else { return }
        for (a, b) in zip(polyline, polyline.dropFirst()) {
            let index = segments.count
            segments.append(Segment(a: a, b: b, halfWidth: halfWidth))
            let box = BoundingBox(minX: min(a.x, b.x) - halfWidth, minY: min(a.y, b.y) - halfWidth,
                                  maxX: max(a.x, b.x) + halfWidth, maxY: max(a.y, b.y) + halfWidth)
            guard let (cols, rws) = cellRange(box) else { continue }
            for r in rws { for c in cols { segmentCells[r * columns + c].append(index) } }
        }
    }

    /// True when the box overlaps no box and no thickened segment.
    public func isFree(_ box: BoundingBox) -> Bool {
        guard let (cols, rws) = cellRange(box) else { return true }
        for r in rws {
            for c in cols {
                let cell = r * columns + c
                for i in boxCells[cell] where boxes[i].intersects(box) { return false }
                for i in segmentCells[cell] {
                    let s = segments[i]
                    if CollisionIndex.segment(s.a, s.b, intersects: box.expanded(dx: s.halfWidth, dy: s.halfWidth)) { return false }
                }
            }
        }
        return true
    }

    /// Segment–rectangle intersection (Liang–Barsky clipping).
    static func segment(_ a: Coordinate, _ b: Coordinate, intersects box: BoundingBox) -> Bool {
        if box.contains(a) || box.contains(b) { return true }
        let dx = b.x - a.x, dy = b.y - a.y
        var t0 = 0.0, t1 = 1.0
        for (p, q) in [(-dx, a.x - box.minX), (dx, box.maxX - a.x), (-dy, a.y - box.minY), (dy, box.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
                if t0 > t1 { return false }
            }
        }
        return true
    }
}
