import ArgumentParser
import Gazetteer

/// `--data FILE|DIR` (repeatable), shared by every command that reads disputes.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("A dispute GeoJSON file or a directory of them (repeatable). Default: the bundled GeoData/.", valueName: "FILE|DIR"))
    var paths: [String] = []

    /// The paths to load: those given, else the bundled GeoData directory.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        guard let dir = DataLocator.bundledDataDirectory() else {
            Output.error("cannot find the bundled GeoData directory; pass --data FILE|DIR or set BORDERLINES_DATA")
            throw ExitCode(66)
        }
        return [dir]
    }

    /// Loads and validates the data, printing every problem and exiting with the sysexits code on
    /// failure; `readBasemap: false` for commands that draw no map (see `Gazetteer.load`).
    func loadGazetteer(documents: [SourceDocument] = [], readBasemap: Bool = true) throws -> Gazetteer {
        let paths = try resolvedPaths()
        do {
            let gazetteer = try Gazetteer.load(paths: paths, documents: documents, readBasemap: readBasemap)
            return gazetteer
        } catch {
            Output.report(error)
            throw ExitCode(error.exitCode)
        }
    }
}
