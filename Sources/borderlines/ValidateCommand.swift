import ArgumentParser
import Gazetteer

/// `borderlines validate`: checks dispute files and reports every problem with file, feature and field.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check dispute files: schema, references, geometry (GEOS), coordinates and citation spans.",
        discussion: """
            Reports every problem with its file, line, feature id and field, and what to do. \
            Citation spans are checked against the documents given with --document.

            Exit status: 0 valid, 65 invalid data, 66 a file cannot be read.
            """)

    @Argument(help: ArgumentHelp("Dispute GeoJSON files or directories. Default: --data, else the bundled GeoData/.", valueName: "FILE"))
    var files: [String] = []

    @Option(name: .customLong("document"), help: ArgumentHelp("A source document to check citation spans against (repeatable).", valueName: "FILE"))
    var documents: [String] = []

    @OptionGroup var data: DataOptions

    func run() throws {
        var docs: [SourceDocument] = []
        for path in documents {
            do {
                let doc = try SourceDocument(path: path)
                if doc.hadInvalidUTF8 {
                    Output.warning("\(path): not valid UTF-8; decoded with replacement characters (spans count the decoded text)")
                }
                docs.append(doc)
            } catch {
                Output.error(error.description)
                throw ExitCode(66)
            }
        }
        let targets = files.isEmpty ? try data.resolvedPaths() : files
        let paths: [String]
        do { paths = try Gazetteer.expand(targets) } catch {
            Output.error(error.description)
            throw ExitCode(66)
        }

        var failed = false
        var unreadable = false
        var seenIDs: [String: String] = [:]
        for path in paths {
            let loaded: LoadedDispute
            do { loaded = try DisputeLoader.load(path: path) } catch {
                switch error {
                case .invalidData(let diagnostics):
                    for d in diagnostics { Output.diagnostic(d) }
                    failed = true
                case .cannotRead:
                    Output.error(error.description)
                    unreadable = true
                }
                continue
            }
            var diagnostics = loaded.diagnostics
            if let dispute = loaded.dispute {
                diagnostics += DisputeValidator.validate(dispute, documents: docs)
                if let other = seenIDs[dispute.id] {
                    diagnostics.append(Diagnostic(.error, file: path, message: "dispute id \"\(dispute.id)\" is also defined by \(other)",
                                                  hint: "a dispute's id is its file name: rename one of them"))
                }
                seenIDs[dispute.id] = path
            }
            for d in diagnostics { Output.diagnostic(d) }
            if diagnostics.hasErrors {
                failed = true
                let n = diagnostics.filter { $0.severity == .error }.count
                Output.line("\(path): INVALID — \(n) problem\(n == 1 ? "" : "s")")
            } else if let d = loaded.dispute {
                Output.line("\(path): ok — \(summary(d, documents: docs))")
            }
        }
        if unreadable { throw ExitCode(66) }
        if failed { throw ExitCode(65) }
    }

    private func summary(_ d: Dispute, documents: [SourceDocument]) -> String {
        var parts = ["\(d.places.count) places", "\(d.claims.count) claims", "\(d.incidents.count) incidents",
                     "\(d.events.count) events", "\(d.basemap.count) basemap features"]
        let cited = d.sources.filter { s in s.kind == .document && documents.contains { doc in doc.fileName == s.file || doc.sha256 == s.sha256?.lowercased() } }
        if cited.isEmpty {
            if d.sources.contains(where: { $0.kind == .document }) { parts.append("citation spans not checked (pass --document FILE)") }
        } else {
            parts.append("citation spans checked against \(cited.compactMap(\.file).joined(separator: ", "))")
        }
        return parts.joined(separator: ", ")
    }
}
