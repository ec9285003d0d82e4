import ArgumentParser
import Geoparser

/// `extract` of a regular file to json, geojson or csv in one pass: the SHA-256, the UTF-8 check
/// and the scan read the document once, instead of a checksum pass before the scan.
///
/// json and geojson name the SHA-256 in their header, before the mentions: the header gets a
/// placeholder that is overwritten at the end, so this path is taken only when stdout can be
/// rewritten (a regular file or /dev/null, not a pipe or terminal). csv has no digest to compute.
/// The output is byte for byte that of the two-pass path; only the invalid UTF-8 warning comes
/// after the output instead of before it.
struct ExtractOnePass {
    let format: ExtractFormat
    let writer: ByteWriter

    /// The one-pass plan for `format`, or nil when stdout does not allow it (or the format is table).
    init?(format: ExtractFormat) {
        let writer = ByteWriter(fileDescriptor: 1)
        switch format {
        case .csv: break
        case .json, .geojson: guard writer.canOverwrite else { return nil }
        case .table: return nil
        }
        self.format = format
        self.writer = writer
    }

    /// Extracts `document` to stdout.
    func run(document: String, parser: Geoparser) throws {
        let sink: any ExtractionSink
        var deferred: (any DeferredDigest)?
        switch format {
        case .json:
            let f = JSONFormatter(writer: writer, document: document, sha256: nil)
            (sink, deferred) = (f, f)
        case .geojson:
            let f = GeoJSONFormatter(writer: writer, document: document, sha256: nil)
            (sink, deferred) = (f, f)
        default:
            sink = CSVFormatter(writer: writer)
        }
        let info: DocumentInfo
        do { info = try parser.extractInOnePass(path: document, into: sink, hashing: deferred != nil) } catch {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
        // The formatters flush at their end; the placeholder is then overwritten where it was written.
        // (Not after a failed write: the output is already incomplete.)
        let filledIn = !writer.failed && (deferred?.fillSHA256(info.sha256) ?? true)
        try ExtractCommand.check(writer, filledIn: filledIn)
        if info.invalidUTF8 { ExtractCommand.warnInvalidUTF8(document) }
    }
}
