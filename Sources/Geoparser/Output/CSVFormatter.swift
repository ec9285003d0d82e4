/// Writes one CSV table (RFC 4180: CRLF, fields with commas, quotes or line breaks quoted, quotes
/// doubled): mention rows as found, then relative, treaty and date rows.
public final class CSVFormatter: ExtractionSink {
    private let out: ByteWriter
    private let rest = SectionSpool()
    private var treatyRows = SectionSpool(), dateRows = SectionSpool()

    /// The columns, in order.
    public static let header = ["record", "id", "surface", "start", "end", "kind", "lon", "lat", "confidence",
                                "anchor", "distance_m", "azimuth_deg", "uncertainty_m", "target", "date", "qualifier"]

    /// Starts the table with its header row.
    public init(writer: ByteWriter) {
        out = writer
        out.write(CSVFormatter.row(CSVFormatter.header))
    }

    /// One CSV row with its CRLF.
    static func row(_ fields: [String]) -> [UInt8] {
        var o: [UInt8] = []
        for (i, f) in fields.enumerated() {
            if i > 0 { o.append(0x2C) }
            if f.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                o.append(0x22)
                for b in f.utf8 { if b == 0x22 { o.append(0x22) }; o.append(b) }
                o.append(0x22)
            } else {
                o.append(contentsOf: f.utf8)
            }
        }
        o.append(contentsOf: [0x0D, 0x0A])
        return o
    }

    private static func coord(_ x: Double?) -> String { x.map { JSONText.number(JSONText.round7($0)) } ?? "" }

    public func mention(_ m: Mention) {
        out.write(CSVFormatter.row(["mention", m.id ?? "", m.surface, String(m.start), String(m.end), m.kind,
                                    CSVFormatter.coord(m.coordinate?.lon), CSVFormatter.coord(m.coordinate?.lat),
                                    JSONText.confidence(m.confidence), "", "", "", "", "", "", ""]))
    }

    public func relative(_ r: RelativeLocation) {
        rest.append(CSVFormatter.row(["relative", r.target ?? "", r.surface, String(r.start), String(r.end), "relative",
                                      CSVFormatter.coord(r.coordinate.lon), CSVFormatter.coord(r.coordinate.lat), "", r.anchor,
                                      JSONText.number(r.distanceMeters), JSONText.number(r.azimuthDegrees),
                                      JSONText.number(r.uncertaintyMeters.rounded()), r.target ?? "", "", ""]))
    }

    public func treaty(_ t: TreatyReference) {
        treatyRows.append(CSVFormatter.row(["treaty", t.id ?? "", t.surface, String(t.start), String(t.end), "treaty", "", "", "", "", "", "", "", "", "", ""]))
    }

    public func date(_ d: DateMention) {
        dateRows.append(CSVFormatter.row(["date", "", d.surface, String(d.start), String(d.end), "date", "", "", "", "", "", "", "", "", d.date, d.qualifier ?? ""]))
    }

    /// Writes the remaining rows (incidents: one row per evidence pair).
    public func incidents(_ links: [IncidentLink]) {
        rest.drain(into: out)
        treatyRows.drain(into: out)
        dateRows.drain(into: out)
        for link in links {
            for pair in stride(from: 0, to: link.evidence.count - 1, by: 2) {
                let m = link.evidence[pair], d = link.evidence[pair + 1]
                out.write(CSVFormatter.row(["incident", link.id, "", String(m[0]), String(m[1]), "incident", "", "", "", "", "", "", "", "", "\(d[0])-\(d[1])", ""]))
            }
        }
        out.flush()
    }
}
