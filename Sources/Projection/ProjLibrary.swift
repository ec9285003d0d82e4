import CProj
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libproj, opened with dlopen at the first PROJ call instead of by the dynamic loader at
/// process start.
///
/// Why: libproj brings in ~35 of the process's ~78 shared libraries (curl, gnutls, krb5, ldap,
/// ssh2, OpenSSL, libtiff, sqlite …); loading them before `main` cost ≈ 13 ms of every command,
/// `--help` included (36 → 18 ms); a render pays about the same at its first projection instead.
/// (Opening it early on another core was measured too: slower, +15 ms of CPU.) The functions in ProjFunctions.swift shadow the C declarations of the same names
/// inside this module, so the call sites read as plain PROJ calls.
enum ProjLibrary {
    /// File names tried in order: PROJ 9's soname (every 9.x is .so.25), then the development
    /// link that the -dev package installs, then macOS names.
    static let candidates = ["libproj.so.25", "libproj.so", "libproj.dylib",
                             "/opt/homebrew/lib/libproj.dylib", "/usr/local/lib/libproj.dylib"]

    /// The resolved functions; loaded once (Swift initialises a global exactly once, thread-safely).
    static let symbols: Symbols = {
        for name in candidates {
            if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) {
                return Symbols(handle)
            }
        }
        let reason = dlerror().map { String(cString: $0) } ?? "not found"
        fatalError("cannot load libproj (tried \(candidates.joined(separator: ", "))): \(reason) — install PROJ (Debian: apt-get install libproj25)")
    }()

    /// One typed pointer per PROJ function this module calls.
    struct Symbols: @unchecked Sendable {
        let contextCreate: @convention(c) () -> OpaquePointer?
        let contextDestroy: @convention(c) (OpaquePointer?) -> OpaquePointer?
        let contextSetEnableNetwork: @convention(c) (OpaquePointer?, Int32) -> Int32
        let contextIsNetworkEnabled: @convention(c) (OpaquePointer?) -> Int32
        let contextSetSearchPaths: @convention(c) (OpaquePointer?, Int32, UnsafePointer<UnsafePointer<CChar>?>?) -> Void
        let logLevel: @convention(c) (OpaquePointer?, PJ_LOG_LEVEL) -> PJ_LOG_LEVEL
        let logFunc: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?, PJ_LOG_FUNCTION?) -> Void
        let contextGetDatabasePath: @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?
        let contextErrno: @convention(c) (OpaquePointer?) -> Int32
        let contextErrnoString: @convention(c) (OpaquePointer?, Int32) -> UnsafePointer<CChar>?
        let create: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> OpaquePointer?
        let createCRSToCRS: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, OpaquePointer?) -> OpaquePointer?
        let normalizeForVisualization: @convention(c) (OpaquePointer?, OpaquePointer?) -> OpaquePointer?
        let destroy: @convention(c) (OpaquePointer?) -> OpaquePointer?
        let errno: @convention(c) (OpaquePointer?) -> Int32
        let errnoReset: @convention(c) (OpaquePointer?) -> Int32
        let trans: @convention(c) (OpaquePointer?, PJ_DIRECTION, PJ_COORD) -> PJ_COORD
        let transGeneric: @convention(c) (OpaquePointer?, PJ_DIRECTION,
                                          UnsafeMutablePointer<Double>?, Int, Int, UnsafeMutablePointer<Double>?, Int, Int,
                                          UnsafeMutablePointer<Double>?, Int, Int, UnsafeMutablePointer<Double>?, Int, Int) -> Int
        let factors: @convention(c) (OpaquePointer?, PJ_COORD) -> PJ_FACTORS
        let coord: @convention(c) (Double, Double, Double, Double) -> PJ_COORD
        let torad: @convention(c) (Double) -> Double
        let todeg: @convention(c) (Double) -> Double
        let geodInit: @convention(c) (UnsafeMutablePointer<geod_geodesic>?, Double, Double) -> Void
        let geodDirect: @convention(c) (UnsafePointer<geod_geodesic>?, Double, Double, Double, Double,
                                        UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Void
        let geodInverse: @convention(c) (UnsafePointer<geod_geodesic>?, Double, Double, Double, Double,
                                         UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Void
        let geodPolygonArea: @convention(c) (UnsafePointer<geod_geodesic>?, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?,
                                             Int32, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Void

        init(_ handle: UnsafeMutableRawPointer) {
            func load<T>(_ name: String) -> T {
                guard let symbol = dlsym(handle, name) else { fatalError("libproj has no \(name)") }
                return unsafeBitCast(symbol, to: T.self)
            }
            contextCreate = load("proj_context_create")
            contextDestroy = load("proj_context_destroy")
            contextSetEnableNetwork = load("proj_context_set_enable_network")
            contextIsNetworkEnabled = load("proj_context_is_network_enabled")
            contextSetSearchPaths = load("proj_context_set_search_paths")
            logLevel = load("proj_log_level")
            logFunc = load("proj_log_func")
            contextGetDatabasePath = load("proj_context_get_database_path")
            contextErrno = load("proj_context_errno")
            contextErrnoString = load("proj_context_errno_string")
            create = load("proj_create")
            createCRSToCRS = load("proj_create_crs_to_crs")
            normalizeForVisualization = load("proj_normalize_for_visualization")
            destroy = load("proj_destroy")
            errno = load("proj_errno")
            errnoReset = load("proj_errno_reset")
            trans = load("proj_trans")
            transGeneric = load("proj_trans_generic")
            factors = load("proj_factors")
            coord = load("proj_coord")
            torad = load("proj_torad")
            todeg = load("proj_todeg")
            geodInit = load("geod_init")
            geodDirect = load("geod_direct")
            geodInverse = load("geod_inverse")
            geodPolygonArea = load("geod_polygonarea")
        }
    }
}
