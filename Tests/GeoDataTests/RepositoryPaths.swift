import Foundation
import XCTest

/// Paths of the repository's bundled data and of the research material beside the checkout.
enum RepositoryPaths {
    /// The package root, from this file's location (Tests/GeoDataTests/…).
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// A file of the bundled GeoData directory.
    static func geoData(_ name: String) -> String { (root as NSString).appendingPathComponent("GeoData/\(name)") }

    /// A file of ../shared, or a skip with a clear message when the research material is not here
    /// (it exists in the project's workspace and CI, not in a user's clone).
    static func shared(_ relative: String) throws -> String {
        let path = ((root as NSString).deletingLastPathComponent as NSString).appendingPathComponent("shared/\(relative)")
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("../shared/\(relative) is not present (research material lives beside the checkout in the project workspace only)")
        }
        return path
    }
}
