import CGEOS

/// Whether a geometry is valid (OGC rules), and if not, why and where.
public struct Validity: Sendable, Equatable {
    /// True when valid.
    public var isValid: Bool
    /// GEOS's reason ("Self-intersection", "Ring Self-intersection"…); "Valid Geometry" when valid.
    public var reason: String
    /// Where the problem is, when GEOS says.
    public var location: Coordinate?
}

extension Geometry {
    /// Checks validity and returns GEOS's reason and location.
    public func validity() throws(GeometryError) -> Validity {
        var reason: UnsafeMutablePointer<CChar>?
        var location: OpaquePointer?
        let answer = GEOSisValidDetail_r(ctx, handle, 0, &reason, &location)
        defer {
            if let reason { GEOSFree_r(ctx, reason) }
            if let location { GEOSGeom_destroy_r(ctx, location) }
        }
        switch answer {
        case 1: return Validity(isValid: true, reason: "Valid Geometry", location: nil)
        case 0:
            var at: Coordinate?
            if let location, let seq = GEOSGeom_getCoordSeq_r(ctx, location) {
                at = try Geometry.read(seq, context).first
            }
            return Validity(isValid: false, reason: reason.map { String(cString: $0) } ?? "invalid", location: at)
        default:
            throw context.error("is valid")
        }
    }
}
