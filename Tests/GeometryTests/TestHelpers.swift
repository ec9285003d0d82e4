import Geometry

/// Shorthand for a planar coordinate in tests.
func c(_ x: Double, _ y: Double) -> Coordinate { Coordinate(x: x, y: y) }
