import ArgumentParser
import Geoparser

/// The document `extract` reads: a regular file, read where it is (as often as needed), or a
/// stream (`-`, a pipe, a FIFO, a terminal), copied once to a temporary file while it is checked.
enum ExtractInput {
    case file(path: String)
    case stream(SpooledDocument)

    /// The name `-` gives standard input in messages.
    static let standardInputName = "standard input"

    /// Opens `document` (`-` is standard input); prints the message and exits 65/66/73 on failure.
    static func open(_ document: String) throws -> ExtractInput {
        do {
            if document == "-" {
                return .stream(try Geoparser.spool(fileDescriptor: 0, name: standardInputName))
            }
            if try Geoparser.checkRegularFile(path: document) { return .file(path: document) }
            return .stream(try Geoparser.spool(path: document))
        } catch {
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }

    /// The document as messages name it.
    func name(_ document: String) -> String { document == "-" ? Self.standardInputName : document }

    /// Checksum, size and UTF-8 validity: a file's first pass, or what the copy already learnt.
    func info() throws(ExtractError) -> DocumentInfo {
        switch self {
        case .file(let path): return try Geoparser.inspect(path: path)
        case .stream(let spooled): return spooled.info
        }
    }

    /// Streams the document through `parser` into `sink`.
    func extract(with parser: Geoparser, into sink: any ExtractionSink) throws(ExtractError) {
        switch self {
        case .file(let path): try parser.extract(path: path, into: sink)
        case .stream(let spooled): try parser.extract(spooled, into: sink)
        }
    }
}
