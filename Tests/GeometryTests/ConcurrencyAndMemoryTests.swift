import XCTest
import Geometry

/// Ownership under load and the one-context-per-task rule.
final class ConcurrencyAndMemoryTests: XCTestCase {
    func testEachTaskUsesItsOwnContext() async throws {
        // GeometryContext and Geometry are not Sendable: each child task makes its own and returns
        // only a Sendable value.
        let areas = try await withThrowingTaskGroup(of: Double.self) { group in
            for i in 1...8 {
                group.addTask {
                    let ctx = GeometryContext()
                    let side = Double(i)
                    let square = try ctx.polygon(shell: [c(0, 0), c(side, 0), c(side, side), c(0, side), c(0, 0)])
                    return try square.union(try square.buffer(0)).area()
                }
            }
            return try await group.reduce(into: [Double]()) { $0.append($1) }.sorted()
        }
        XCTAssertEqual(areas, (1...8).map { Double($0 * $0) })
    }

    func testCreatingAndDroppingManyGeometriesAndFailures() throws {
        // Run under valgrind (see Benchmarks/geo/README.md): every path here must free what it makes,
        // including the failures where GEOS takes ownership and then throws.
        let ctx = GeometryContext()
        for i in 0..<300 {
            let x = Double(i)
            let disc = try ctx.point(c(x, 0)).buffer(1)
            let box = try ctx.polygon(shell: [c(x, 0), c(x + 2, 0), c(x + 2, 2), c(x, 2), c(x, 0)],
                                      holes: [[c(x + 0.5, 0.5), c(x + 1, 0.5), c(x + 1, 1), c(x + 0.5, 1), c(x + 0.5, 0.5)]])
            _ = try disc.intersection(box).area()
            _ = try ctx.multiPolygon([disc, box]).unaryUnion().wkt()
            _ = try box.prepared().contains(c(x + 1.5, 1.5))
            _ = try box.validity()
            _ = try ctx.geometry(wkt: "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))").validity()
            _ = try ctx.geometry(wkt: "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))").makeValid().members()
            _ = try disc.nearestPoints(box)
            let line = try ctx.lineString([c(x, -1), c(x + 1, 1), c(x + 2, -1)])
            _ = try line.side(of: c(x + 1, 0))
            _ = try ctx.faces(enclosedBy: [line, try ctx.lineString([c(x - 1, 0), c(x + 3, 0)])]).members()
            _ = try? ctx.geometry(wkt: "POLYGON ((0 0, 1")
            _ = try? ctx.linearRing([c(0, 0), c(1, 0), c(1, 1), c(0, 1)])
            _ = try? ctx.polygon(shell: [c(0, 0), c(4, 0), c(4, 4), c(0, 4), c(0, 0)], holes: [[c(1, 1), c(2, 1), c(2, 2), c(1, 2)]])
            _ = try? ctx.lineString([c(0, 0), c(.nan, 0)])
            _ = try? line.exteriorRing()
        }
    }
}
