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
        }
        return BoundingBox(minX: x, minY: y, maxX: x + width, maxY: y + height)
    }

    /// Places labels in priority order (ties by id, so the result is deterministic).
    public mutating func place(_ requests: [LabelRequest]) -> Result {
        var placed: [PlacedLabel] = []
        var dropped: [LabelRequest] = []
        let ordered = requests.sorted { ($0.priority, $0.id) < ($1.priority, $1.id) }
        for request in ordered {
            var done = false
            ringLoop: for ring in 1...2 {
                let distance = request.offset * Double(ring) + (ring == 2 ? request.height * 0.5 : 0)
                for position in LabelPosition.allCases {
                    let box = LabelPlacer.box(for: position, anchor: request.anchor, distance: distance,
                                              width: request.width, height: request.height)
                    guard box.minX >= frame.minX, box.maxX <= frame.maxX, box.minY >= frame.minY, box.maxY <= frame.maxY,
                          index.isFree(box) else { continue }
                    index.insert(box)
                    placed.append(PlacedLabel(request: request, box: box, position: position, ring: ring))
                    done = true
                    break ringLoop
                }
            }
            if !done { dropped.append(request) }
        }
        return Result(placed: placed, dropped: dropped)
    }
}
