import CGEOS

/// Whether a geometry is valid (OGC rules), and if not, why and where.
public struct Validity: Sendable, Hashable, Codable {
    /// True when valid.
    public var isValid: Bool
    /// GEOS's reason ("Self-intersection", "Ring Self-intersection"…); "Valid Geometry" when valid.
    public var reason: String
    /// Where the problem is, when GEOS says.
    public var location: Coordinate?

    /// Creates a validity report.
    public init(isValid: Bool, reason: String, location: Coordinate? = nil) {
        self.isValid = isValid
        self.reason = reason
        self.location = location
    }
}

extension Geometry {
    /// Checks validity and returns GEOS's reason and location (GEOSisValidDetail_r).
    public func validity() throws(GeometryError) -> Validity {
        var reason: UnsafeMutablePointer<CChar>?
        var location: OpaquePointer?
        context.resetMessages()
        let answer = GEOSisValidDetail_r(ctx, handle, 0, &reason, &location)
        // Both outputs are ours: the reason is freed with GEOSFree_r, the location point destroyed.
        let reasonText = reason.map { context.takeString($0) }
        let spot = location.map { Geometry(owning: $0, context: context) }
        switch answer {
        case 1:
            return Validity(isValid: true, reason: "Valid Geometry")
        case 0:
            let at = try spot.flatMap { g throws(GeometryError) in try g.coordinates().first }
            return Validity(isValid: false, reason: reasonText ?? "invalid", location: at)
        default:
            throw context.error("validity")
        }
    }
}
