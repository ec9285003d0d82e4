import ArgumentParser

/// The `borderlines` command: historical border-dispute documents to cited maps.
@main
struct Borderlines: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "borderlines",
        abstract: "Turn historical documents about border disputes into cited maps.",
        version: "0.1.0",
        subcommands: [ListCommand.self, ValidateCommand.self, ExtractCommand.self])
}
