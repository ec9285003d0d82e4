import CProj

/// A coordinate transformation between two CRSs, in x/y (lon/lat, easting/northing) order on both sides.
///
/// Built with `proj_create_crs_to_crs` and always normalised for visualisation, so EPSG:4326 takes
/// and gives (longitude, latitude) as GeoJSON does. Keeps its context alive; not thread-safe.
public final class Transformer {
    private let pj: OpaquePointer
    /// The context it runs in.
    public let context: ProjectionContext
    /// The source CRS as given.
    public let source: String
    /// The target CRS as given.
    public let target: String

    /// Creates a transformation from `source` to `target` (EPSG codes, PROJ strings or WKT).
    public init(from source: String, to target: String, context: ProjectionContext = ProjectionContext()) throws(ProjectionError) {
        self.context = context
        self.source = source
        self.target = target
        let operation = "create \(source) → \(target)"
        context.resetLog()
        guard let raw = proj_create_crs_to_crs(context.handle, source, target, nil) else {
            let e = context.error(operation)
            // Every EPSG code fails the same way when proj.db is missing: say so, not "crs not found".
            guard context.databasePath != nil else {
                throw ProjectionError(operation: operation, message: "\(e.message) — proj.db was not found: proj-data may be missing (Debian: apt-get install proj-data; do not set PROJ_DATA)")
            }
            throw e
        }
        defer { proj_destroy(raw) }
        // Without this, EPSG:4326 is (lat, lon) and lon/lat input comes back as infinity.
        guard let normalized = proj_normalize_for_visualization(context.handle, raw) else {
            throw context.error("normalize \(source) → \(target)")
        }
        pj = normalized
    }

    deinit {
        proj_destroy(pj)
    }

    /// Transforms one coordinate from source to target.
    public func forward(_ c: Coordinate) throws(ProjectionError) -> Coordinate {
        try transform(c, PJ_FWD)
    }

    /// Transforms one coordinate from target back to source.
    public func inverse(_ c: Coordinate) throws(ProjectionError) -> Coordinate {
        try transform(c, PJ_INV)
    }

    /// Transforms many coordinates from source to target in one PROJ call.
    public func forward(_ coordinates: [Coordinate]) throws(ProjectionError) -> [Coordinate] {
        try transform(coordinates, PJ_FWD)
    }

    /// Transforms many coordinates from target back to source in one PROJ call.
    public func inverse(_ coordinates: [Coordinate]) throws(ProjectionError) -> [Coordinate] {
        try transform(coordinates, PJ_INV)
    }

    private func name(_ direction: PJ_DIRECTION) -> String {
        direction == PJ_FWD ? "forward \(source) → \(target)" : "inverse \(target) → \(source)"
    }

    private func transform(_ c: Coordinate, _ direction: PJ_DIRECTION) throws(ProjectionError) -> Coordinate {
        context.resetLog()
        proj_errno_reset(pj)
        let out = proj_trans(pj, direction, proj_coord(c.x, c.y, 0, 0))
        let result = Coordinate(x: out.xy.x, y: out.xy.y)
        // PROJ signals a failed point with HUGE_VAL (and usually an errno): either is an error.
        guard result.isFinite, proj_errno(pj) == 0 else { throw context.error(name(direction), input: "\(c)") }
        return result
    }

    private func transform(_ coordinates: [Coordinate], _ direction: PJ_DIRECTION) throws(ProjectionError) -> [Coordinate] {
        var buffer = coordinates
        guard !buffer.isEmpty else { return buffer }
        context.resetLog()
        proj_errno_reset(pj)
        let stride = MemoryLayout<Coordinate>.stride
        let n = buffer.count
        // One call for the whole array, in place: PROJ walks the x and y fields with the struct's stride.
        let done = buffer.withUnsafeMutableBufferPointer { b -> Int in
            let base = b.baseAddress!
            return proj_trans_generic(pj, direction,
                                      base.pointer(to: \.x), stride, n,
                                      base.pointer(to: \.y), stride, n,
                                      nil, 0, 0, nil, 0, 0)
        }
        guard done == n else { throw context.error(name(direction), input: "\(n - done) of \(n) coordinates") }
        // Failed points come back as HUGE_VAL: report the first one by its input.
        if let bad = buffer.firstIndex(where: { !$0.isFinite }) {
            throw context.error(name(direction), input: "coordinate \(bad) \(coordinates[bad]) (outside the projection's domain?)")
        }
        return buffer
    }
}
