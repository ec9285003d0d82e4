import ArgumentParser
import Canvas
import Cartography
import Foundation
import Gazetteer
import Reports

/// `borderlines render`: one map of a dispute or an incident, as PNG, SVG or PDF.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a map of a dispute or incident: both claim lines, the disputed area, incidents, places.",
        discussion: """
            The format follows --format, else the extension of -o. `-o -` writes to standard \
            output. Repeat -o for several formats from one run (-o map.svg -o map.pdf); the files \
            are written only after every format is drawn.

            Sizes: --width/--height in pixels at --dpi (default 200), or --paper a4|letter; \
            --scale N multiplies the pixels (lines and text scale with them). Largest side: \
            \(Int(PageSize.maxPixels)) px.

            Exit status: 0 ok, 64 usage, 65 bad data, 66 unreadable input, 73 cannot write the output.
            """)

    @Option(help: "Dispute id (default: the first loaded; see `borderlines list`).")
    var dispute: String?

    @Option(help: "Incident id: frame, highlight and title the map on it.")
    var incident: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, or - for standard output; repeat for several formats. Default: <id>.<format> here.", valueName: "FILE"))
    var output: [String] = []

    @Option(help: "png, svg or pdf (default: from -o's extension, else png).")
    var format: String?

    // Numeric options take the next word unconditionally, so "-5" and "--bbox -68,…" (western
    // longitudes) reach validation with a real message instead of "Missing value".
    @Option(parsing: .unconditional, help: "Width in pixels (with --height).")
    var width: Double?

    @Option(parsing: .unconditional, help: "Height in pixels (with --width).")
    var height: Double?

    @Option(help: "Paper size instead of pixels: a4 or letter (landscape).")
    var paper: String?

    @Option(parsing: .unconditional, help: "Multiply the output resolution (2 = twice the pixels); nothing shrinks.")
    var scale: Double?

    @Option(parsing: .unconditional, help: "Dots per inch of PNG output (default 200).")
    var dpi: Double?

    @Option(help: "Map language: en, ru, ja or zh — place names (English where a name is missing), legend, key and sources line.")
    var lang: String = "en"

    @Option(help: "neutral, or a claimant's party id whose line is drawn as the boundary.")
    var view: String = "neutral"

    @Option(help: "default, print or colorblind.")
    var theme: String = "default"

    @Option(parsing: .unconditional, help: ArgumentHelp("Geographic extent: west,south,east,north in degrees.", valueName: "W,S,E,N"))
    var bbox: String?

    @Option(name: .customLong("text"), help: ArgumentHelp("Map a document: every place it names (sized by mentions), its relative locations and the incidents it supports.", valueName: "DOCUMENT"))
    var text: String?

    @Option(help: "Title replacing the generated one.")
    var title: String?

    @Flag(help: "Report dropped labels and what was drawn on standard error.")
    var verbose = false

    @OptionGroup var data: DataOptions

    func validate() throws {
        if (width == nil) != (height == nil) { throw ValidationError("give --width and --height together") }
        if paper != nil && width != nil { throw ValidationError("--paper and --width/--height are alternatives; give one") }
        if let paper, PageSize.paper(paper, dpi: 72) == nil { throw ValidationError("--paper must be a4 or letter, not \"\(paper)\"") }
        for (name, value) in [("--width", width), ("--height", height)] {
            if let v = value, !(v >= 16 && v <= PageSize.maxPixels) {
                throw ValidationError("\(name) \(v) is outside 16…\(Int(PageSize.maxPixels)) pixels")
            }
        }
        if let s = scale, !(s >= 0.25 && s <= 10) { throw ValidationError("--scale \(s) is outside 0.25…10") }
        if let d = dpi, !(d >= 36 && d <= 1200) { throw ValidationError("--dpi \(d) is outside 36…1200") }
        if !["en", "ru", "ja", "zh"].contains(lang) { throw ValidationError("--lang must be en, ru, ja or zh, not \"\(lang)\"") }
        if Theme.named(theme) == nil { throw ValidationError("--theme must be one of \(Theme.names.joined(separator: ", ")), not \"\(theme)\"") }
        try RenderOutput.validate(output, format: format)
        if let bbox { _ = try parseBBox(bbox) }
    }

    private func parseBBox(_ text: String) throws -> BoundingBox {
        let parts = text.split(separator: ",").map { Double(String(Self.trimmingBlanks($0))) }
        guard parts.count == 4, parts.allSatisfy({ $0 != nil }) else {
            throw ValidationError("--bbox must be four numbers west,south,east,north, e.g. 130.5,42.4,130.7,42.5")
        }
        return BoundingBox(minX: parts[0]!, minY: parts[1]!, maxX: parts[2]!, maxY: parts[3]!)
    }

    /// `field` without the leading and trailing characters `CharacterSet.whitespaces` holds
    /// (space separators and tab). Not Foundation's trimmingCharacters: it goes through NSString,
    /// whose generic String conversion costs three scans of every conformance record at start-up.
    static func trimmingBlanks(_ field: Substring) -> Substring {
        func isBlank(_ c: Character) -> Bool {
            c == "\t" || c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .spaceSeparator }
        }
        var trimmed = field
        while let first = trimmed.first, isBlank(first) { trimmed.removeFirst() }
        while let last = trimmed.last, isBlank(last) { trimmed.removeLast() }
        return trimmed
    }

    func run() throws {
        // The formats are known now; the default file name needs the loaded data.
        let formats = RenderOutput.resolve(output, format: format) { _ in "" }.map(\.format)
        let baseDPI = dpi ?? 200
        let effectiveScale = scale ?? 1
        var page: PageSize
        if let paper {
            page = PageSize.paper(paper, dpi: baseDPI)!
        } else if let width, let height {
            page = PageSize.pixels(width: width, height: height, dpi: baseDPI)
        } else {
            page = PageSize(width: PageSize.standard.width, height: PageSize.standard.height, scale: baseDPI / 72)
        }
        page.scale *= effectiveScale
        if formats.contains(.png), max(page.width, page.height) * page.scale > PageSize.maxPixels {
            Output.error("the image would be \(Int(page.width * page.scale))×\(Int(page.height * page.scale)) px; the largest side is \(Int(PageSize.maxPixels)) px — lower --scale, --dpi or the size")
            throw ExitCode(64)
        }
        var request = MapRequest(disputeID: dispute, incidentID: incident, bbox: try bbox.map(parseBBox), page: page,
                                 format: formats[0], lang: lang, view: view, theme: Theme.named(theme)!, title: title)
        // The fonts load on the second core while the data is read and validated.
        MapRenderer.prepareFonts(for: request)
        let sources = try TextDocuments.sourceDocuments(text.map { [$0] } ?? [])
        let gazetteer = try data.loadGazetteer(documents: sources)
        var document: AtlasDocument?
        if let doc = try TextDocuments.extract(sources, gazetteer: gazetteer).first {
            // The document's own dispute unless --dispute or --incident says which.
            let target = gazetteer.incident(incident ?? "")?.dispute ?? dispute ?? doc.dispute
            if let d = gazetteer.dispute(target) {
                request.disputeID = d.id
                request.documentLayer = doc.layer(in: d)
                request.title = title ?? "Places named in \(doc.id)"
            }
            document = doc
        }
        let outputs = RenderOutput.resolve(output, format: format) { f in
            "\(incident.map(PathSafety.component) ?? document.map { PathSafety.component($0.id) } ?? (dispute ?? gazetteer.disputes.first?.id).map(PathSafety.component) ?? "map").\(f.fileExtension)"
        }
        do {
            for o in outputs { try o.checkWritable() }
            // Every format is drawn before anything is written: a failure leaves no file behind.
            var maps: [RenderedMap] = []
            for o in outputs {
                request.format = o.format
                maps.append(try MapRenderer.render(gazetteer, request))
            }
            for (o, map) in zip(outputs, maps) {
                try o.write(map.bytes)
                // Not only with --verbose: a numbered marker without its key entry is a defect of the map.
                if let unlisted = map.info.unlistedIncidents {
                    Output.warning("\(o.path): the incident key had no room for \(unlisted.joined(separator: ", ")) (a larger --paper or --width/--height makes room)")
                }
                if let rows = map.info.unlistedLegendRows {
                    Output.warning("\(o.path): the legend had no room for \(rows.joined(separator: "; "))")
                }
                if verbose {
                    Output.info("\(o.path): \(map.info.pixels[0])×\(map.info.pixels[1]) px, \(map.info.labels.count) labels placed")
                    for id in map.info.droppedLabels { Output.info("dropped label \(id): no room without overlapping") }
                    for id in map.info.incidentsOffMap { Output.info("incident \(id) lies outside this map") }
                }
            }
        } catch let e as CanvasError {
            Output.error(e.description)
            throw ExitCode(73)
        } catch let e as RenderError {
            Output.error(e.description)
            throw ExitCode(e.exitCode)
        }
    }
}
