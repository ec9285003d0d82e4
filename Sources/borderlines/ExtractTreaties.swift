import ArgumentParser
import Foundation
import Geoparser

/// Where `extract` gets its treaty table.
///
/// ⚠︎ DATA IN CODE, TEMPORARY. `bundledFallback` below is the only place where the tool names
/// treaties. It exists because the dispute format has no `treaty` feature kind yet (proposed:
/// `{"kind": "treaty", "id", "title", "places": [place ids], "names": [...]}`). Once the data carries
/// treaties, or a `treaties.json` sits beside the dispute files, delete the fallback.
enum ExtractTreaties {
    /// The table to use: `--treaties` files if given; else `treaties.json` in a data directory; else the fallback.
    static func table(files: [String], dataPaths: [String]) throws -> TreatyTable {
        var table = TreatyTable()
        for file in files {
            do { table = table.merged(with: try TreatyTable(contentsOf: file)) } catch {
                Output.error("\(file): cannot read the treaty table: \(error.localizedDescription); expected {\"treaties\": [{\"id\", \"places\", \"names\"}]}")
                throw ExitCode(66)
            }
        }
        if !files.isEmpty { return table }
        for dir in dataPaths {
            let candidate = (dir as NSString).appendingPathComponent("treaties.json")
            if FileManager.default.fileExists(atPath: candidate), let t = try? TreatyTable(contentsOf: candidate) { table = table.merged(with: t) }
        }
        return table.treaties.isEmpty ? bundledFallback : table
    }

    /// The two treaties of the bundled Lake Khasan case (spec/canonical-ids.json).
    static let bundledFallback = TreatyTable(treaties: [
        .init(id: "hunchun-protocol-1886", title: "1886 Russo-Chinese Hunchun (Novokievsk) boundary protocols and map",
              places: ["hunchun"], names: ["Hunchun", "Hunch'un", "Khunchun", "珲春", "琿春", "Хуньчунь"]),
        .init(id: "treaty-of-peking-1860", title: "1860 Additional Treaty of Peking",
              places: [], names: ["Peking", "Beijing", "北京", "Пекин"]),
    ])
}
