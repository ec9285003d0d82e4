import ArgumentParser
import Cartography

/// The `borderlines` command: historical border-dispute documents to cited maps.
@main
struct Borderlines: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "borderlines",
        abstract: "Turn historical documents about border disputes into cited maps.",
        version: BorderlinesVersion.current,
        subcommands: [ListCommand.self, ExtractCommand.self, RenderCommand.self, AtlasCommand.self, ValidateCommand.self])
}
