/// Writes SVG 1.1 directly (not through cairo's SVG surface), so labels are real `<text>`
/// and layers are named `<g>` groups. Text positions come from Pango's layout, so text lands
/// where the PNG and PDF put it.
final class SVGBackend: DrawingBackend {
    private var out = ""
    private var ids = SVGIdentifiers(reserved: ["doc-title", "doc-desc"])
    private var hatchIds: [Hatch: String] = [:]
    private var clipCounter = 0
    /// One frame per open save(): how many clip `<g>`s it opened (closed again on restore).
    private var clipGroups: [Int] = [0]
    private var groupDepth = 0

    /// A document of `width`×`height` user units shown at `scale` × that size.
    init(width: Double, height: Double, scale: Double, background: RGBA?, metadata: DocumentMetadata) {
        out.reserveCapacity(1 << 16)
        let n = SVGNumber.num
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(n(width * scale))\" height=\"\(n(height * scale))\" viewBox=\"0 0 \(n(width)) \(n(height))\""
        var labelledBy: [String] = []
        if metadata.title != nil { labelledBy.append("doc-title") }
        if metadata.subject != nil { labelledBy.append("doc-desc") }
        if !labelledBy.isEmpty { out += " role=\"img\" aria-labelledby=\"\(labelledBy.joined(separator: " "))\"" }
        out += ">\n"
        if let title = metadata.title { out += "<title id=\"doc-title\">\(XMLText.escape(title))</title>\n" }
        if let subject = metadata.subject { out += "<desc id=\"doc-desc\">\(XMLText.escape(subject))</desc>\n" }
        if metadata.author != nil || !metadata.keywords.isEmpty || metadata.creator != nil {
            // Dublin Core inside <metadata>: machine-readable, ignored by renderers.
            out += "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><rdf:Description>"
            if let author = metadata.author { out += "<dc:creator>\(XMLText.escape(author))</dc:creator>" }
            if !metadata.keywords.isEmpty { out += "<dc:subject>\(XMLText.escape(metadata.keywords.joined(separator: ", ")))</dc:subject>" }
            if let creator = metadata.creator { out += "<dc:publisher>\(XMLText.escape(creator))</dc:publisher>" }
            out += "</rdf:Description></rdf:RDF></metadata>\n"
        }
        if let background, background.alpha > 0 {
            out += "<rect width=\"\(n(width))\" height=\"\(n(height))\"\(fillAttributes(.color(background), rule: .winding))/>\n"
        }
    }

    // MARK: Attributes

    private func fillAttributes(_ paint: Paint, rule: FillRule) -> String {
        var a: String
        switch paint {
        case let .color(c):
            a = " fill=\"\(c.hexRGB)\""
            if c.alpha < 1 { a += " fill-opacity=\"\(opacity(c.alpha))\"" }
        case let .hatch(h):
            a = " fill=\"url(#\(hatchId(h)))\""
        }
        if rule == .evenOdd { a += " fill-rule=\"evenodd\"" }
        return a
    }

    private func strokeAttributes(_ c: RGBA, _ s: StrokeStyle) -> String {
        let n = SVGNumber.num
        var a = " stroke=\"\(c.hexRGB)\""
        if c.alpha < 1 { a += " stroke-opacity=\"\(opacity(c.alpha))\"" }
        a += " stroke-width=\"\(n(s.width))\""
        if s.cap != .butt { a += " stroke-linecap=\"\(s.cap.rawValue)\"" }
        if s.join != .miter { a += " stroke-linejoin=\"\(s.join.rawValue)\"" }
        // SVG's default miter limit is 4, cairo's 10: always state it so both look the same.
        if s.join == .miter { a += " stroke-miterlimit=\"\(n(s.miterLimit))\"" }
        if !s.dash.isEmpty {
            a += " stroke-dasharray=\"\(s.dash.map { n($0) }.joined(separator: " "))\""
            if s.dashOffset != 0 { a += " stroke-dashoffset=\"\(n(s.dashOffset))\"" }
        }
        return a
    }

    /// Opacity with 3 decimals: 2 would visibly band translucent fills.
    private func opacity(_ v: Double) -> String { SVGNumber.format(v, decimals: 3) }

    private func hatchId(_ h: Hatch) -> String {
        if let id = hatchIds[h] { return id }
        let id = ids.unique("bl-hatch-\(hatchIds.count + 1)")
        hatchIds[h] = id
        let n = SVGNumber.num
        // patternTransform is the inverse of cairo's user→pattern matrix rotate(angle + 90°).
        out += "<defs><pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\" width=\"\(n(h.spacing))\" height=\"\(n(h.spacing))\" patternTransform=\"rotate(\(n(-(h.angle + 90))))\">"
        out += "<rect x=\"\(n(h.spacing / 2 - h.lineWidth / 2))\" y=\"0\" width=\"\(n(h.lineWidth))\" height=\"\(n(h.spacing))\"\(fillAttributes(.color(h.color), rule: .winding))/>"
        out += "</pattern></defs>\n"
        return id
    }

    // MARK: DrawingBackend

    func fill(_ path: Path, paint: Paint, rule: FillRule) throws {
        guard !path.isEmpty else { return }
        let attributes = fillAttributes(paint, rule: rule)
        out += "<path d=\"\(SVGNumber.pathData(path))\"\(attributes)/>\n"
    }

    func stroke(_ path: Path, color: RGBA, style: StrokeStyle) throws {
        guard !path.isEmpty else { return }
        out += "<path d=\"\(SVGNumber.pathData(path))\" fill=\"none\"\(strokeAttributes(color, style))/>\n"
    }

    func fillAndStroke(_ path: Path, paint: Paint, rule: FillRule, strokeColor: RGBA, style: StrokeStyle) throws {
        guard !path.isEmpty else { return }
        let attributes = fillAttributes(paint, rule: rule) + strokeAttributes(strokeColor, style)
        out += "<path d=\"\(SVGNumber.pathData(path))\"\(attributes)/>\n"
    }

    func save() throws {
        clipGroups.append(0)
    }

    func restore() throws {
        guard clipGroups.count > 1, let open = clipGroups.popLast() else {
            throw CanvasError.misuse("restore without save")
        }
        out += String(repeating: "</g>", count: open)
        if open > 0 { out += "\n" }
    }

    func clip(_ path: Path, rule: FillRule) throws {
        clipCounter += 1
        let id = ids.unique("bl-clip-\(clipCounter)")
        let clipRule = rule == .evenOdd ? " clip-rule=\"evenodd\"" : ""
        out += "<clipPath id=\"\(id)\"><path d=\"\(SVGNumber.pathData(path))\"\(clipRule)/></clipPath>\n"
        out += "<g clip-path=\"url(#\(id))\">\n"
        clipGroups[clipGroups.count - 1] += 1
    }

    func beginGroup(id: String, title: String?, opacity: Double) throws {
        out += "<g id=\"\(ids.unique(id))\""
        if opacity < 1 { out += " opacity=\"\(self.opacity(opacity))\"" }
        out += ">\n"
        if let title { out += "<title>\(XMLText.escape(title))</title>\n" }
        groupDepth += 1
    }

    func endGroup() throws {
        guard groupDepth > 0 else { throw CanvasError.misuse("endGroup without beginGroup") }
        groupDepth -= 1
        out += "</g>\n"
    }

    func drawText(_ layout: PangoLayoutHandle, origin: Point, style: TextStyle) throws {
        let n = SVGNumber.num
        let font = style.font
        let families = font.families.map { "'\($0)'" }.joined(separator: ",") + ",sans-serif"
        var a = " font-family=\"\(XMLText.escape(families))\" font-size=\"\(n(font.size))\""
        if font.weight == .bold { a += " font-weight=\"bold\"" }
        if font.style == .italic { a += " font-style=\"italic\"" }
        a += fillAttributes(.color(style.color), rule: .winding)
        if let halo = style.halo, halo.radius > 0, halo.color.alpha > 0 {
            // One element, halo painted first: the label stays a single searchable string.
            a += strokeAttributes(halo.color, StrokeStyle(width: 2 * halo.radius, cap: .round, join: .round))
            a += " paint-order=\"stroke\""
        }
        let lines = layout.lines
        if lines.count == 1, let line = lines.first {
            out += "<text x=\"\(n(origin.x + line.x))\" y=\"\(n(origin.y + line.baseline))\"\(a) xml:space=\"preserve\">\(XMLText.escape(line.text))</text>\n"
        } else {
            out += "<text\(a) xml:space=\"preserve\">"
            for line in lines {
                out += "<tspan x=\"\(n(origin.x + line.x))\" y=\"\(n(origin.y + line.baseline))\">\(XMLText.escape(line.text))</tspan>"
            }
            out += "</text>\n"
        }
    }

    func finish() throws -> [UInt8] {
        guard groupDepth == 0, clipGroups.count == 1 else {
            throw CanvasError.misuse("finish with \(groupDepth) open group(s) and \(clipGroups.count - 1) open save(s)")
        }
        out += String(repeating: "</g>", count: clipGroups[0])
        out += "</svg>\n"
        return Array(out.utf8)
    }
}
