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

    /// A sentence for the map's alt text.
    public var altText: String {
        let n = places.count
        var s = "Yellow circles mark the \(n) place\(n == 1 ? "" : "s") \(title) names, their area growing with the number of mentions"
        if !relative.isEmpty { s += "; \(relative.count) position\(relative.count == 1 ? "" : "s") it states by distance and bearing are drawn with their uncertainty" }
        if !incidents.isEmpty { s += "; the \(incidents.count) incident\(incidents.count == 1 ? "" : "s") it supports are ringed" }
        return s + "."
    }
}

extension ViewFraming {
    /// A dispute overview that also shows the document's places and relative positions near the claims;
    /// far ones (capitals, distant towns) stay off the map and are listed by the report instead.
    public static func focus(dispute: Dispute, document: DocumentLayer) -> Focus? {
        guard var focus = focus(dispute: dispute) else { return nil }
        guard let box = BoundingBox(covering: focus.points) else { return focus }
        let center = box.center
        let span = Geodesic.wgs84.distance(Coordinate(x: box.minX, y: box.minY), Coordinate(x: box.maxX, y: box.maxY))
        let reach = max(minimumRadius * 4, span * 1.5)
        let near = document.places.map(\.coordinate) + document.relative.map(\.coordinate)
        focus.points += near.filter { Geodesic.wgs84.distance($0, center) < reach }
        return focus
    }
}

import Projection
