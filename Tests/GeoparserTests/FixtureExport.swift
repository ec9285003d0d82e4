import Foundation
import XCTest

/// Writes the fixture gazetteer to `$BORDERLINES_EXPORT_FIXTURE` (for the benchmark and manual runs); otherwise does nothing.
final class FixtureExport: XCTestCase {
    func testExportFixtureWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["BORDERLINES_EXPORT_FIXTURE"] else { return }
        try FixtureGazetteer.json().write(toFile: path, atomically: true, encoding: .utf8)
    }
}
