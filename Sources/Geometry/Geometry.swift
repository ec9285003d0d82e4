import CGEOS

/// A GEOS geometry owned by Swift: immutable, freed exactly once when the last reference goes.
///
/// Keeps its `GeometryContext` alive. Not thread-safe (neither is its context): use it only on
/// the thread or task that owns the context.
public final class Geometry: CustomStringConvertible {
    /// The owned GEOS pointer (internal: never exposed publicly).
    let handle: OpaquePointer
    /// The context that created it.
    public let context: GeometryContext

    init(owning handle: OpaquePointer, context: GeometryContext) {
        self.handle = handle
        self.context = context
    }

    deinit {
        GEOSGeom_destroy_r(context.handle, handle)
    }

    var ctx: GEOSContextHandle_t { context.handle }

    // The accessors below cannot fail for a live geometry (GEOS answers them from the object
    // itself); a failure would be a GEOS bug or memory corruption, so it stops the program
    // with GEOS's message rather than returning a made-up answer.

    /// The geometry's type.
    public var type: GeometryType {
        context.resetMessages()
        let id = GEOSGeomTypeId_r(ctx, handle)
        guard let type = GeometryType(geosTypeID: id) else { preconditionFailure(context.error("type").description) }
        return type
    }

    /// GEOS's name for the type ("Polygon", …).
    public var typeName: String {
        context.resetMessages()
        guard let name = GEOSGeomType_r(ctx, handle) else { preconditionFailure(context.error("type name").description) }
        return context.takeString(name)
    }

    /// True for an empty geometry.
    public var isEmpty: Bool {
        context.resetMessages()
        switch GEOSisEmpty_r(ctx, handle) {
        case 0: return false
        case 1: return true
        default: preconditionFailure(context.error("is empty").description)
        }
    }

    /// Number of member geometries (1 for a point, line or polygon; 0 for an empty collection).
    public var count: Int {
        context.resetMessages()
        let n = GEOSGetNumGeometries_r(ctx, handle)
        guard n >= 0 else { preconditionFailure(context.error("number of geometries").description) }
        return Int(n)
    }

    /// The same as `count`, under GEOS's name.
    public var numGeometries: Int { count }

    /// The WKT (6 decimals), for debugging and test failure messages.
    public var description: String {
        (try? wkt()) ?? "<\(typeName)>"
    }

    /// A deep copy.
    public func clone() throws(GeometryError) -> Geometry {
        try context.make("clone") { GEOSGeom_clone_r($0, handle) }
    }
}
