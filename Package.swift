// swift-tools-version:6.0
// Borderlines: historical border-dispute documents → cited maps (PNG, SVG, PDF).
// Layers: system-library targets (C*) → thin safe wrappers (Geometry, Projection, Canvas)
// → pure-Swift domain (GeoTypes, Gazetteer) → the `borderlines` command line.
import PackageDescription

let package = Package(
    name: "Borderlines",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "borderlines", targets: ["borderlines"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // MARK: System libraries (nothing else imports their C)
        .systemLibrary(
            name: "CGEOS", path: "Sources/CGEOS", pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"]), .brew(["geos"])]),
        .systemLibrary(
            name: "CProj", path: "Sources/CProj", pkgConfig: "proj",
            providers: [.apt(["libproj-dev", "proj-data"]), .brew(["proj"])]),
        .systemLibrary(
            name: "CCairo", path: "Sources/CCairo", pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"]), .brew(["cairo"])]),
        .systemLibrary(
            name: "CPangoCairo", path: "Sources/CPangoCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"]), .brew(["pango"])]),
        .systemLibrary(
            name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),

        // MARK: Our own C: byte-class masks with vector instructions Swift cannot reach
        .target(name: "CByteClasses", path: "Sources/CByteClasses"),

        // MARK: Thin safe wrappers
        .target(name: "GeoTypes"),
        .target(name: "Geometry", dependencies: ["CGEOS", "GeoTypes"]),
        .target(name: "Projection", dependencies: ["CProj", "GeoTypes"]),
        .target(name: "Canvas", dependencies: ["CCairo", "CPangoCairo", "CZlib"]),

        // MARK: Domain
        .target(name: "Gazetteer", dependencies: ["GeoTypes", "Geometry", "Projection"]),
        .target(
            name: "Geoparser", dependencies: ["Gazetteer", "Projection", "Geometry", "CByteClasses"],
            // The scanner's state lives in classes, and each access to a class's stored property
            // costs a run-time exclusivity check (~1 % of `extract`'s time). Release builds leave
            // them out; debug builds, and so the test suite, keep every check.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        .target(name: "Cartography", dependencies: ["Gazetteer", "Geometry", "Projection", "Canvas"]),
        .target(name: "Reports", dependencies: ["Cartography", "Geoparser", "Gazetteer", "Canvas"]),

        // MARK: Command line
        .executableTarget(
            name: "borderlines",
            dependencies: [
                "Gazetteer", "Geoparser", "Cartography", "Reports", "Geometry", "Projection", "Canvas",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // MARK: Fuzzing (a corpus replayer; a libFuzzer target when built by scripts/fuzz.sh)
        .executableTarget(name: "BorderlinesFuzz", dependencies: ["Gazetteer", "Geoparser"]),

        // MARK: Tests (mirroring the sources)
        .target(name: "TestSupport", path: "Sources/TestSupport"),
        .testTarget(name: "GeometryTests", dependencies: ["Geometry"]),
        .testTarget(name: "ProjectionTests", dependencies: ["Projection", "TestSupport"]),
        .testTarget(name: "CanvasTests", dependencies: ["Canvas", "TestSupport"]),
        .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer", "TestSupport"]),
        .testTarget(name: "GeoparserTests", dependencies: ["Geoparser", "CByteClasses", "TestSupport"]),
        .testTarget(name: "GeoDataTests", dependencies: ["Gazetteer", "Geometry", "Projection"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Cartography", "Gazetteer", "Canvas", "TestSupport", "borderlines"]),
        .testTarget(name: "CartographyTests", dependencies: ["Cartography", "Canvas", "Gazetteer", "Geometry", "Projection", "TestSupport"]),
        .testTarget(name: "BorderlinesCLITests", dependencies: ["borderlines", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
