import ArgumentParser
import Gazetteer
import Geoparser
import Reports

/// Reading `--text` documents for `atlas` and `render`: citation checks, then extraction.
enum TextDocuments {
    /// The documents as SourceDocuments, so loading the data checks citation spans against them.
    static func sourceDocuments(_ paths: [String]) throws -> [SourceDocument] {
        try paths.map { path in
            do { return try SourceDocument(path: path) } catch let error as GazetteerError {
                Output.error(error.description)
                throw ExitCode(66)
            } catch {
                Output.error("\(path): \(error)")
                throw ExitCode(66)
            }
        }
    }

    /// Extracts every document with one geoparser, from the bytes read for the citation check
    /// (a pipe or FIFO gives its text once); exits 65 for a binary one.
    static func extract(_ sources: [SourceDocument], gazetteer: Gazetteer) throws -> [AtlasDocument] {
        guard !sources.isEmpty else { return [] }
        let parser = Geoparser(gazetteer: gazetteer, geodesic: ExtractGeodesic.wgs84)
        return try sources.map { source in
            do {
                let doc = try AtlasDocument.load(source, gazetteer: gazetteer, parser: parser)
                if doc.extraction.mentions.isEmpty { Output.warning("\(source.path): names no place of the gazetteer") }
                return doc
            } catch let e as ExtractError {
                Output.error(e.description)
                throw ExitCode(e.exitCode)
            } catch let e as RenderError {
                Output.error(e.description)
                throw ExitCode(e.exitCode)
            }
        }
    }
}

import Cartography
