import Canvas
import Foundation
import XCTest

/// Base class of the Canvas tests: with BORDERLINES_LEAK_CHECK=1 it releases fontconfig,
/// Pango and cairo static data at process exit, so valgrind reports only real leaks.
class CanvasTestCase: XCTestCase {
    override class func setUp() {
        super.setUp()
        _ = CanvasTestCase.leakCheckInstalled
    }

    private static let leakCheckInstalled: Bool = {
        guard ProcessInfo.processInfo.environment["BORDERLINES_LEAK_CHECK"] == "1" else { return false }
        atexit { Canvas.releaseStaticResources() }
        return true
    }()
}
