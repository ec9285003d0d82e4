import ArgumentParser
import Foundation
import Gazetteer
import Geoparser

/// Where `extract` gets its treaty table: the `treaty` features of the loaded disputes, plus any
/// `--treaties FILE` tables (JSON `{"treaties": [{"id", "title", "places", "names"}]}`).
enum ExtractTreaties {
    /// The treaties of the data, merged with those of `files`.
    static func table(files: [String], gazetteer: Gazetteer) throws -> TreatyTable {
        var table = TreatyTable(treaties: gazetteer.disputes.flatMap(\.treaties).map {
            .init(id: $0.id, title: $0.title, places: $0.places, names: $0.names.map(\.toponym))
        })
        for file in files {
            do { table = table.merged(with: try TreatyTable(contentsOf: file)) } catch {
                Output.error("\(file): cannot read the treaty table: \(error.localizedDescription); expected {\"treaties\": [{\"id\", \"places\", \"names\"}]}")
                throw ExitCode(66)
            }
        }
        return table
    }
}
