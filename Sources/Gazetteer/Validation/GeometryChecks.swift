import Geometry

/// Geometry checks through GEOS: valid polygons (with GEOS's reason and location), simple claim
/// lines, and claim lines that enclose a disputed area.
enum GeometryChecks {
    static func run(_ d: Dispute) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let ctx = GeometryContext()
        func add(_ severity: Diagnostic.Severity, _ id: String?, _ field: String, _ message: String, _ hint: String?) {
            out.append(Diagnostic(severity, file: d.path, line: id.flatMap { d.featureLines[$0] },
                                  feature: id.map { "feature \"\($0)\"" } ?? "basemap feature", field: field, message: message, hint: hint))
        }
        for b in d.basemap {
            let polygons: [[[Coordinate]]]
            switch b.geometry {
            case .polygon(let rings): polygons = [rings]
            case .multiPolygon(let ps): polygons = ps
            default: continue
            }
            for (i, rings) in polygons.enumerated() {
                do {
                    let g = try ctx.polygon(shell: rings[0], holes: Array(rings.dropFirst()))
                    let v = try g.validity()
                    if !v.isValid {
                        let at = v.location.map { " at [\(round7($0.x)), \(round7($0.y))]" } ?? ""
                        add(.error, b.id, polygons.count > 1 ? "geometry.coordinates[\(i)]" : "geometry.coordinates",
                            "invalid polygon: \(v.reason)\(at)", "fix the ring so it does not cross itself (GEOS make-valid can help)")
                    }
                } catch {
                    add(.error, b.id, "geometry", "GEOS could not build the polygon: \(error.message)", nil)
                }
            }
        }
        var lines: [Geometry] = []
        for c in d.claims {
            do {
                let line = try ctx.lineString(c.line)
                if try !line.isSimple() {
                    add(.warning, c.id, "geometry", "the claim line crosses itself", "check the vertex order")
                }
                lines.append(line)
            } catch {
                add(.error, c.id, "geometry", "GEOS could not build the line: \(error.message)", nil)
            }
        }
        if lines.count >= 2, lines.count == d.claims.count {
            do {
                var union = lines[0]
                for l in lines.dropFirst() { union = try union.union(l) }
                if try ctx.polygonize([union]).isEmpty {
                    add(.warning, nil, "claims", "the claim lines enclose no area, so no disputed area can be drawn",
                        "make the lines meet at both ends of the disputed stretch")
                }
            } catch {
                add(.error, nil, "claims", "GEOS could not node the claim lines: \(error.message)", nil)
            }
        }
        return out
    }
}

/// A coordinate value rounded to 7 decimals (≈1 cm) for messages.
private func round7(_ v: Double) -> String {
    let r = (v * 1e7).rounded() / 1e7
    return r == r.rounded() ? String(Int(r)) : String(r)
}
