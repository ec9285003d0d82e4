import Gazetteer

/// What a document adds to a map (`render --text`): the places it names, sized by mentions,
/// the positions it states relative to other places, and the incidents it supports.
public struct DocumentLayer: Sendable, Hashable {
    /// A gazetteer place the document names.
    public struct MentionedPlace: Sendable, Hashable {
        /// The place id.
        public var id: String
        /// Where it is, lon/lat.
        public var coordinate: Coordinate
        /// How many times the document names it (sets the marker's area).
        public var count: Int

        /// Creates a mentioned place.
        public init(id: String, coordinate: Coordinate, count: Int) {
            self.id = id
            self.coordinate = coordinate
            self.count = count
        }
    }

    /// A position the document states relative to an anchor ("22 km south-west of X").
    public struct RelativePoint: Sendable, Hashable {
        /// The expression as written (shown as the label, shortened).
        public var text: String
        /// The anchor's position.
        public var anchor: Coordinate
        /// The computed position.
        public var coordinate: Coordinate
        /// Radius of uncertainty, metres.
        public var uncertaintyMeters: Double

        /// Creates a relative point.
        public init(text: String, anchor: Coordinate, coordinate: Coordinate, uncertaintyMeters: Double) {
            self.text = text
            self.anchor = anchor
            self.coordinate = coordinate
            self.uncertaintyMeters = uncertaintyMeters
        }
    }

    /// The document's title or file name, for the alt text.
    public var title: String
    /// Places named, in a stable order.
    public var places: [MentionedPlace]
    /// Relative positions, in text order.
    public var relative: [RelativePoint]
    /// Ids of the incidents the document supports (ringed on the map).
    public var incidents: [String]

    /// Creates a layer.
    public init(title: String, places: [MentionedPlace], relative: [RelativePoint], incidents: [String]) {
        self.title = title
        self.places = places
        self.relative = relative
        self.incidents = incidents
    }

    /// A sentence for the map's alt text, counting only what falls inside `bounds` (the map frame).
    public func altText(within bounds: BoundingBox) -> String {
        func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        let shown = places.filter { bounds.contains($0.coordinate) }.count
        let rel = relative.filter { bounds.contains($0.coordinate) }.count
        var s = "Yellow circles mark \(plural(shown, "place", "places")) \(title) names, their area growing with the number of mentions"
        if places.count > shown { s += " (\(places.count - shown) more lie beyond the frame)" }
        if rel > 0 { s += "; \(plural(rel, "position it states by distance and bearing is", "positions it states by distance and bearing are")) drawn with the circle of its uncertainty" }
        if !incidents.isEmpty { s += "; \(plural(incidents.count, "incident it supports is", "incidents it supports are")) ringed where on the map" }
        return s + "."
    }
}

extension ViewFraming {
    /// How far from the claims a document's places still join its map: a region, not a continent,
    /// so capitals named in passing stay off the map (the report lists them).
    static let documentReach = 400_000.0

    /// A dispute overview that also shows the document's places and relative positions within
    /// `documentReach` of the claims.
    public static func focus(dispute: Dispute, document: DocumentLayer) -> Focus? {
        guard var focus = focus(dispute: dispute) else { return nil }
        guard let box = BoundingBox(covering: focus.points) else { return focus }
        let center = box.center
        let span = Geodesic.wgs84.distance(Coordinate(x: box.minX, y: box.minY), Coordinate(x: box.maxX, y: box.maxY))
        let reach = max(documentReach, span * 1.5)
        let near = document.places.map(\.coordinate) + document.relative.map(\.coordinate)
        focus.points += near.filter { Geodesic.wgs84.distance($0, center) < reach }
        // The margin follows the enlarged view, so circles and labels at its edges stay inside the frame.
        if let all = BoundingBox(covering: focus.points) {
            let diagonal = Geodesic.wgs84.distance(Coordinate(x: all.minX, y: all.minY), Coordinate(x: all.maxX, y: all.maxY))
            focus.margin = max(focus.margin, diagonal * 0.08)
        }
        return focus
    }
}

import Projection
