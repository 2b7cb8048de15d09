import ArgumentParser

/// `spindle demos`: the demo catalogue, one line each.
struct DemosCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "demos", abstract: HelpText.text("cli.help.demos.abstract"))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        Console().write(DemoHelpText.list())
    }
}
