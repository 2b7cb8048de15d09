import ArgumentParser

/// `spindle demos`: the demo catalogue, one line each.
struct DemosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demos",
        abstract: "List the live demos; `spindle run DEMO --help` explains one."
    )

    func run() throws {
        Console().write(DemoHelpText.list())
    }
}
