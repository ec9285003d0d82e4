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

    /// Extracts every document with one geoparser; exits 66/65 for unreadable or binary files.
    static func extract(_ paths: [String], gazetteer: Gazetteer) throws -> [AtlasDocument] {
        guard !paths.isEmpty else { return [] }
        let parser = Geoparser(gazetteer: gazetteer, geodesic: ExtractGeodesic.wgs84)
        return try paths.map { path in
            do {
                let doc = try AtlasDocument.load(path: path, gazetteer: gazetteer, parser: parser)
                if doc.extraction.mentions.isEmpty { Output.warning("\(path): names no place of the gazetteer") }
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
