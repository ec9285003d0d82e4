import ArgumentParser
import Foundation
import Gazetteer
import Geoparser

/// `borderlines extract`: every place, relative location, treaty reference and date in a document.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find the places, relative locations, treaty references and dates in a document.",
        discussion: """
            Offsets are Unicode code points of the decoded text, end exclusive. Invalid UTF-8 is \
            decoded with replacement characters (a warning says so). json, geojson and csv are \
            written as the document is read, in constant memory; table shows the first 10,000 items \
            of each kind.

            A pipe, FIFO or standard input (-) is copied to an unlinked file in $TMPDIR as it is \
            read, so it gives the same output as the same bytes in a file; allow disk room for it there.

            Exit status: 0 ok, 65 not a text file or invalid data, 66 the document or data cannot be \
            read, 73 the output (or the copy of a stream) cannot be written.
            """)

    @Argument(help: ArgumentHelp("The document (UTF-8 text); - reads standard input.", valueName: "DOCUMENT"))
    var document: String

    @Option(help: "Output format: table, json, geojson or csv.")
    var format: ExtractFormat = .table

    @Option(name: .customLong("treaties"), help: ArgumentHelp("A treaty table (JSON, repeatable). Default: treaties.json beside the data, else the built-in table.", valueName: "FILE"))
    var treatyFiles: [String] = []

    @OptionGroup var data: DataOptions

    func run() throws {
        // extract draws no map: the basemap (most of the data's coordinates) is not read.
        let input = try ExtractInput.open(document)
        // A regular file to json, geojson or csv: hashed, checked and scanned in one pass. The
        // table, and a stream (already hashed and checked while it was copied): info, then extract.
        if case .file(let path) = input, format != .table, let onePass = ExtractOnePass(format: format) {
            try onePass.run(document: path, parser: makeParser(try data.loadGazetteer(readBasemap: false)))
            return
        }
        let info: DocumentInfo
        do { info = try input.info() } catch {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
        if info.invalidUTF8 { Self.warnInvalidUTF8(input.name(document)) }
        let gazetteer = try data.loadGazetteer(readBasemap: false)
        let parser = try makeParser(gazetteer)
        do {
            switch format {
            case .table:
                // A table is for reading: past its row limit the rest is counted, not kept, so a huge
                // document does not hold millions of rows in memory.
                let sink = CollectingSink(document: document, sha256: info.sha256, limit: Self.tableRowLimit)
                try input.extract(with: parser, into: sink)
                let sides = ExtractSideOfClaim.summaries(for: sink.extraction.mentions, gazetteer: gazetteer)
                Output.line(TableFormatter(sideOfClaim: { m in m.id.flatMap { sides[$0] } }).render(sink.extraction))
                if sink.omitted.any { Output.line(Self.omissionNote(sink.omitted)) }
            case .json:
                let writer = ByteWriter(fileDescriptor: 1)
                try input.extract(with: parser, into: JSONFormatter(writer: writer, document: document, sha256: info.sha256))
                try Self.check(writer)
            case .geojson:
                let writer = ByteWriter(fileDescriptor: 1)
                try input.extract(with: parser, into: GeoJSONFormatter(writer: writer, document: document, sha256: info.sha256))
                try Self.check(writer)
            case .csv:
                let writer = ByteWriter(fileDescriptor: 1)
                try input.extract(with: parser, into: CSVFormatter(writer: writer))
                try Self.check(writer)
            }
        } catch let error as ExtractError {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }

    /// The most rows of each kind the table shows.
    static let tableRowLimit = 10_000

    /// "… 12,345 more places not shown …" under a truncated table.
    static func omissionNote(_ o: CollectingSink.Omitted) -> String {
        let parts = [(o.mentions, "places"), (o.relative, "relative locations"), (o.treaties, "treaty references"), (o.dates, "dates")]
            .filter { $0.0 > 0 }.map { "\($0.0) more \($0.1)" }
        return "… \(parts.joined(separator: ", ")) not shown (the table keeps the first \(tableRowLimit) of each); --format csv or json lists them all"
    }

    /// The geoparser for the data and the treaty tables.
    private func makeParser(_ gazetteer: Gazetteer) throws -> Geoparser {
        let treaties = try ExtractTreaties.table(files: treatyFiles, gazetteer: gazetteer)
        return Geoparser(gazetteer: gazetteer, treaties: treaties, geodesic: ExtractGeodesic.wgs84)
    }

    /// Exits 73 when standard output could not take the output.
    static func check(_ writer: ByteWriter, filledIn: Bool = true) throws {
        if writer.failed || !filledIn {
            Output.error("cannot write the output to standard output (closed or full)")
            throw ExitCode(73)
        }
    }

    /// The one warning a document with invalid UTF-8 gets.
    static func warnInvalidUTF8(_ name: String) {
        Output.warning("\(name): not valid UTF-8; decoded with U+FFFD replacement characters (offsets count the decoded text)")
    }
}

/// The output formats of `extract`.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, geojson, csv
}
