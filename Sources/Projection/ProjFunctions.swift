import CProj

// The PROJ functions this module calls, through `ProjLibrary` (dlopen) instead of the dynamic
// loader: declared here with the C names, they shadow CProj's declarations in this module, so
// libproj is never linked and its ~35 dependencies are not loaded at process start.

func proj_context_create() -> OpaquePointer? { ProjLibrary.symbols.contextCreate() }
@discardableResult func proj_context_destroy(_ ctx: OpaquePointer?) -> OpaquePointer? { ProjLibrary.symbols.contextDestroy(ctx) }
@discardableResult func proj_context_set_enable_network(_ ctx: OpaquePointer?, _ enabled: Int32) -> Int32 { ProjLibrary.symbols.contextSetEnableNetwork(ctx, enabled) }
func proj_context_is_network_enabled(_ ctx: OpaquePointer?) -> Int32 { ProjLibrary.symbols.contextIsNetworkEnabled(ctx) }
func proj_context_set_search_paths(_ ctx: OpaquePointer?, _ count: Int32, _ paths: UnsafePointer<UnsafePointer<CChar>?>?) { ProjLibrary.symbols.contextSetSearchPaths(ctx, count, paths) }
@discardableResult func proj_log_level(_ ctx: OpaquePointer?, _ level: PJ_LOG_LEVEL) -> PJ_LOG_LEVEL { ProjLibrary.symbols.logLevel(ctx, level) }
func proj_log_func(_ ctx: OpaquePointer?, _ appData: UnsafeMutableRawPointer?, _ logf: PJ_LOG_FUNCTION?) { ProjLibrary.symbols.logFunc(ctx, appData, logf) }
func proj_context_get_database_path(_ ctx: OpaquePointer?) -> UnsafePointer<CChar>? { ProjLibrary.symbols.contextGetDatabasePath(ctx) }
func proj_context_errno(_ ctx: OpaquePointer?) -> Int32 { ProjLibrary.symbols.contextErrno(ctx) }
func proj_context_errno_string(_ ctx: OpaquePointer?, _ err: Int32) -> UnsafePointer<CChar>? { ProjLibrary.symbols.contextErrnoString(ctx, err) }
func proj_create(_ ctx: OpaquePointer?, _ definition: UnsafePointer<CChar>?) -> OpaquePointer? { ProjLibrary.symbols.create(ctx, definition) }
func proj_create_crs_to_crs(_ ctx: OpaquePointer?, _ source: UnsafePointer<CChar>?, _ target: UnsafePointer<CChar>?, _ area: OpaquePointer?) -> OpaquePointer? {
    ProjLibrary.symbols.createCRSToCRS(ctx, source, target, area)
}
func proj_normalize_for_visualization(_ ctx: OpaquePointer?, _ obj: OpaquePointer?) -> OpaquePointer? { ProjLibrary.symbols.normalizeForVisualization(ctx, obj) }
@discardableResult func proj_destroy(_ pj: OpaquePointer?) -> OpaquePointer? { ProjLibrary.symbols.destroy(pj) }
func proj_errno(_ pj: OpaquePointer?) -> Int32 { ProjLibrary.symbols.errno(pj) }
@discardableResult func proj_errno_reset(_ pj: OpaquePointer?) -> Int32 { ProjLibrary.symbols.errnoReset(pj) }
func proj_trans(_ pj: OpaquePointer?, _ direction: PJ_DIRECTION, _ coord: PJ_COORD) -> PJ_COORD { ProjLibrary.symbols.trans(pj, direction, coord) }
// swiftlint:disable:next function_parameter_count
func proj_trans_generic(_ pj: OpaquePointer?, _ direction: PJ_DIRECTION,
                        _ x: UnsafeMutablePointer<Double>?, _ sx: Int, _ nx: Int, _ y: UnsafeMutablePointer<Double>?, _ sy: Int, _ ny: Int,
                        _ z: UnsafeMutablePointer<Double>?, _ sz: Int, _ nz: Int, _ t: UnsafeMutablePointer<Double>?, _ st: Int, _ nt: Int) -> Int {
    ProjLibrary.symbols.transGeneric(pj, direction, x, sx, nx, y, sy, ny, z, sz, nz, t, st, nt)
}
func proj_factors(_ pj: OpaquePointer?, _ lp: PJ_COORD) -> PJ_FACTORS { ProjLibrary.symbols.factors(pj, lp) }
func proj_coord(_ x: Double, _ y: Double, _ z: Double, _ t: Double) -> PJ_COORD { ProjLibrary.symbols.coord(x, y, z, t) }
func proj_torad(_ degrees: Double) -> Double { ProjLibrary.symbols.torad(degrees) }
func proj_todeg(_ radians: Double) -> Double { ProjLibrary.symbols.todeg(radians) }
func geod_init(_ g: UnsafeMutablePointer<geod_geodesic>?, _ a: Double, _ f: Double) { ProjLibrary.symbols.geodInit(g, a, f) }
func geod_direct(_ g: UnsafePointer<geod_geodesic>?, _ lat1: Double, _ lon1: Double, _ azi1: Double, _ s12: Double,
                 _ lat2: UnsafeMutablePointer<Double>?, _ lon2: UnsafeMutablePointer<Double>?, _ azi2: UnsafeMutablePointer<Double>?) {
    ProjLibrary.symbols.geodDirect(g, lat1, lon1, azi1, s12, lat2, lon2, azi2)
}
func geod_inverse(_ g: UnsafePointer<geod_geodesic>?, _ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double,
                  _ s12: UnsafeMutablePointer<Double>?, _ azi1: UnsafeMutablePointer<Double>?, _ azi2: UnsafeMutablePointer<Double>?) {
    ProjLibrary.symbols.geodInverse(g, lat1, lon1, lat2, lon2, s12, azi1, azi2)
}
func geod_polygonarea(_ g: UnsafePointer<geod_geodesic>?, _ lats: UnsafeMutablePointer<Double>?, _ lons: UnsafeMutablePointer<Double>?,
                      _ n: Int32, _ area: UnsafeMutablePointer<Double>?, _ perimeter: UnsafeMutablePointer<Double>?) {
    ProjLibrary.symbols.geodPolygonArea(g, lats, lons, n, area, perimeter)
}
