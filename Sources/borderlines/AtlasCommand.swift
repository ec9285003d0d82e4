import ArgumentParser
import Canvas
import Cartography
import Foundation
import Gazetteer
import Geoparser
import Reports

/// `borderlines atlas`: every incident of every loaded dispute mapped, with a report around the maps.
struct AtlasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atlas",
        abstract: "Map every incident of every dispute, with timelines, sidecar JSON and an index.md/index.html report.",
        discussion: """
            Writes <out>/<dispute>/overview.<ext>, timeline.<ext>, <incident>.<ext> and, for each \
            --text document, text-<document>.<ext>, each with a <name>.json sidecar; then \
            <out>/index.md and a self-contained <out>/index.html. Ids are made safe for file names \
            (lower case, [a-z0-9._-]). The bytes are the same for any --jobs.

            Progress goes to standard error: a bar on a terminal, one line per file otherwise, \
            nothing with --quiet.

            Exit status: 0 ok, 64 usage, 65 bad data or a binary document, 66 unreadable input, \
            73 cannot write.
            """)

    @Option(name: .customLong("out"), help: ArgumentHelp("Output directory (created if missing).", valueName: "DIR"))
    var out = "Renders"

    @Option(help: ArgumentHelp("Comma-separated formats: png, svg, pdf.", valueName: "LIST"))
    var formats = "png,svg,pdf"

    // Unconditional: "--jobs -3" reaches validation instead of failing as "Missing value".
    @Option(parsing: .unconditional, help: "Figures drawn at once (default: the number of cores).")
    var jobs: Int?

    @Option(name: .customLong("text"), help: ArgumentHelp("A document to map and tabulate (repeatable).", valueName: "DOCUMENT"))
    var texts: [String] = []

    @Option(help: "default, print or colorblind.")
    var theme: String = "default"

    @Option(help: "Map language: en, ru, ja or zh — place names (English where a name is missing), legend, key and sources line.")
    var lang: String = "en"

    @Flag(help: "Print no progress.")
    var quiet = false

    @OptionGroup var data: DataOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        if let jobs, jobs > AtlasOptions.maxJobs { throw ValidationError("--jobs \(jobs) is more than \(AtlasOptions.maxJobs); each job holds a page in memory — give at most \(AtlasOptions.maxJobs)") }
        _ = try parsedFormats()
        if Theme.named(theme) == nil { throw ValidationError("--theme must be one of \(Theme.names.joined(separator: ", ")), not \"\(theme)\"") }
        if !["en", "ru", "ja", "zh"].contains(lang) { throw ValidationError("--lang must be en, ru, ja or zh, not \"\(lang)\"") }
        if out.isEmpty { throw ValidationError("--out must name a directory") }
    }

    /// The formats in the order given, without repeats.
    func parsedFormats() throws -> [OutputFormat] {
        var result: [OutputFormat] = []
        for part in formats.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let f = OutputFormat(fileExtension: name) else {
                throw ValidationError("--formats: \"\(name)\" is not png, svg or pdf (give e.g. --formats png,svg)")
            }
            if !result.contains(f) { result.append(f) }
        }
        return result
    }

    func run() throws {
        // Every figure sets its text in the pinned families: their fonts load once, on another
        // core while the data is read, and the figures' Canvases pass the loaded engines on.
        Canvas.prepareFonts([Font(families: Font.defaultFamilies), Font(families: Font.chineseFamilies)])
        let sources = try TextDocuments.sourceDocuments(texts)
        let gazetteer = try data.loadGazetteer(documents: sources)
        let documents = try TextDocuments.extract(sources, gazetteer: gazetteer)
        let options = AtlasOptions(outputDirectory: out, formats: try parsedFormats(), jobs: jobs ?? AtlasOptions.defaultJobs,
                                   theme: Theme.named(theme)!, lang: lang)
        let progress = ProgressReporter.standardError(quiet: quiet)
        do {
            _ = try AtlasBlocking.run { try await Atlas.make(gazetteer, documents: documents, options: options, progress: progress) }
        } catch let e as RenderError {
            Output.error(e.description)
            throw ExitCode(e.exitCode)
        }
    }
}
