import ArgumentParser
import Canvas
import Cartography

/// The `borderlines` command: historical border-dispute documents to cited maps.
@main
struct Borderlines: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "borderlines",
        abstract: "Turn historical documents about border disputes into cited maps.",
        version: BorderlinesVersion.current,
        subcommands: [ListCommand.self, ExtractCommand.self, RenderCommand.self, AtlasCommand.self, ValidateCommand.self])

    /// Runs the command; a closed output pipe becomes a reported write error (73), not SIGPIPE.
    static func main() {
        StandardStreams.ignoreBrokenPipes()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
