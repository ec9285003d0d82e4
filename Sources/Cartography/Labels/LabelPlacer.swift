/// Places point labels without overlaps: each label tries eight positions around its point
/// (in the cartographic order of preference: right, upper right, lower right, left, …), then
/// the same eight farther out, before it is dropped. Labels are placed in priority order.
public struct LabelPlacer: Sendable {
    /// What happened to every request.
    public struct Result: Sendable {
        /// Labels with their boxes.
        public var placed: [PlacedLabel]
        /// Requests that found no free position.
        public var dropped: [LabelRequest]
    }

    /// The obstacles labels must avoid (markers, claim lines, the legend…); placed labels are added to it.
    public var index: CollisionIndex
    /// Labels must stay inside this box (the map frame), in pixels.
    public let frame: BoundingBox

    /// A placer over a frame with an empty obstacle index.
    public init(frame: BoundingBox, cellSize: Double = 64) {
        self.frame = frame
        index = CollisionIndex(bounds: frame.expanded(dx: 1, dy: 1), cellSize: cellSize)
    }

    /// The box a label of `width`×`height` occupies at `position`, `distance` pixels from `anchor`.
    public static func box(for position: LabelPosition, anchor: Coordinate, distance: Double, width: Double, height: Double) -> BoundingBox {
        let d = distance, diag = distance * 0.75
        let (x, y): (Double, Double)
        switch position {
        case .east: (x, y) = (anchor.x + d, anchor.y - height / 2)
        case .west: (x, y) = (anchor.x - d - width, anchor.y - height / 2)
        case .northEast: (x, y) = (anchor.x + diag, anchor.y - diag - height)
        case .southEast: (x, y) = (anchor.x + diag, anchor.y + diag)
        case .northWest: (x, y) = (anchor.x - diag - width, anchor.y - diag - height)
        case .southWest: (x, y) = (anchor.x - diag - width, anchor.y + diag)
        case .north: (x, y) = (anchor.x - width / 2, anchor.y - d - height)
        case .south: (x, y) = (anchor.x - width / 2, anchor.y + d)
        case .center: (x, y) = (anchor.x - width / 2, anchor.y - height / 2)
        }
        return BoundingBox(minX: x, minY: y, maxX: x + width, maxY: y + height)
    }

    /// Places labels in priority order (ties by id, so the result is deterministic).
    public mutating func place(_ requests: [LabelRequest]) -> Result {
        var placed: [PlacedLabel] = []
        var dropped: [LabelRequest] = []
        let ordered = requests.sorted { ($0.priority, $0.id) < ($1.priority, $1.id) }
        for request in ordered {
            // Every position as it is first; only then, as a last resort before dropping the
            // label, positions that poke out of the frame slid back inside it (a point near the
            // frame's edge whose label is a little taller or wider than the room left there).
            if let label = firstFree(request, slidingIntoFrame: false) ?? firstFree(request, slidingIntoFrame: true) {
                index.insert(label.box)
                placed.append(label)
            } else {
                dropped.append(request)
            }
        }
        return Result(placed: placed, dropped: dropped)
    }

    /// The first candidate position (ring 1, then ring 2) whose box is inside the frame and free.
    private func firstFree(_ request: LabelRequest, slidingIntoFrame: Bool) -> PlacedLabel? {
        for ring in 1...2 {
            let distance = request.offset * Double(ring) + (ring == 2 ? request.height * 0.5 : 0)
            let candidates: [LabelPosition] = (request.centered && ring == 1 ? [.center] : [])
                + LabelPosition.allCases.filter { $0 != .center }
            for position in candidates {
                var box = LabelPlacer.box(for: position, anchor: request.anchor, distance: distance,
                                          width: request.width, height: request.height)
                if slidingIntoFrame {
                    guard let slid = slideIntoFrame(box, maxDX: request.width * 0.3, maxDY: request.height * 0.6), slid != box else { continue }
                    box = slid
                }
                guard box.minX >= frame.minX, box.maxX <= frame.maxX, box.minY >= frame.minY, box.maxY <= frame.maxY,
                      index.isFree(box) else { continue }
                return PlacedLabel(request: request, box: box, position: position, ring: ring)
            }
        }
        return nil
    }

    /// `box` moved the least distance that puts it inside the frame, or nil when that is more
    /// than `maxDX`/`maxDY` (then the label would no longer read as belonging to its point).
    private func slideIntoFrame(_ box: BoundingBox, maxDX: Double, maxDY: Double) -> BoundingBox? {
        func shift(_ lo: Double, _ hi: Double, _ min: Double, _ max: Double) -> Double {
            lo < min ? min - lo : (hi > max ? max - hi : 0)
        }
        let dx = shift(box.minX, box.maxX, frame.minX, frame.maxX)
        let dy = shift(box.minY, box.maxY, frame.minY, frame.maxY)
        guard abs(dx) <= maxDX, abs(dy) <= maxDY else { return nil }
        return BoundingBox(minX: box.minX + dx, minY: box.minY + dy, maxX: box.maxX + dx, maxY: box.maxY + dy)
    }
}
