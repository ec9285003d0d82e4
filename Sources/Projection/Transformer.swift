import CProj

/// A coordinate transformation between two CRSs, in x/y (lon/lat) order on both sides.
///
/// Built with `proj_create_crs_to_crs` and normalised for visualisation, so EPSG:4326 takes and
/// gives (longitude, latitude) as GeoJSON does. Keeps its context alive; not thread-safe.
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
        guard let raw = proj_create_crs_to_crs(context.handle, source, target, nil) else {
            throw context.error("create \(source) → \(target)",
                                hint: "check the CRS strings; if EPSG codes fail everywhere, proj.db may be missing (Debian: apt-get install proj-data)")
        }
        defer { proj_destroy(raw) }
        guard let normalized = proj_normalize_for_visualization(context.handle, raw) else {
            throw context.error("normalize \(source) → \(target)")
        }
        pj = normalized
    }

    /// Creates a transformation from a PROJ pipeline or operation string (no CRS lookup in proj.db).
    ///
    /// Used for local projections: a pipeline of plain PROJ steps never touches the database,
    /// which saves tens of milliseconds per map in a short-lived process.
    public init(pipeline: String, context: ProjectionContext = ProjectionContext()) throws(ProjectionError) {
        self.context = context
        source = "pipeline"
        target = pipeline
        guard let p = proj_create(context.handle, pipeline) else {
            throw context.error("create pipeline \(pipeline)")
        }
        pj = p
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

    private func transform(_ c: Coordinate, _ direction: PJ_DIRECTION) throws(ProjectionError) -> Coordinate {
        proj_errno_reset(pj)
        let out = proj_trans(pj, direction, proj_coord(c.x, c.y, 0, 0))
        let result = Coordinate(x: out.xy.x, y: out.xy.y)
        guard result.isFinite, proj_errno(pj) == 0 else {
            let e = context.error(direction == PJ_FWD ? "forward" : "inverse")
            throw ProjectionError(operation: e.operation, message: "\(e.message) for \(c)")
        }
        return result
    }

    /// Transforms many coordinates from source to target in one PROJ call.
    public func forward(_ coordinates: [Coordinate]) throws(ProjectionError) -> [Coordinate] {
        try transform(coordinates, PJ_FWD)
    }

    /// Transforms many coordinates from target back to source in one PROJ call.
    public func inverse(_ coordinates: [Coordinate]) throws(ProjectionError) -> [Coordinate] {
        try transform(coordinates, PJ_INV)
    }

    private func transform(_ coordinates: [Coordinate], _ direction: PJ_DIRECTION) throws(ProjectionError) -> [Coordinate] {
        var buffer = coordinates
        guard !buffer.isEmpty else { return buffer }
        proj_errno_reset(pj)
        let stride = MemoryLayout<Coordinate>.stride
        let n = buffer.count
        let transformed = buffer.withUnsafeMutableBufferPointer { b -> Int in
            let base = UnsafeMutableRawPointer(b.baseAddress!)
            let xs = base.assumingMemoryBound(to: Double.self)
            let ys = (base + MemoryLayout<Double>.size).assumingMemoryBound(to: Double.self)
            return proj_trans_generic(pj, direction, xs, stride, n, ys, stride, n, nil, 0, 0, nil, 0, 0)
        }
        guard transformed == n else { throw context.error("bulk transform") }
        if let bad = buffer.firstIndex(where: { !$0.isFinite }) {
            throw ProjectionError(operation: "bulk transform", message: "no result for \(coordinates[bad]) (outside the projection's domain?)")
        }
        return buffer
    }
}
