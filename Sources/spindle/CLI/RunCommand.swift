import ArgumentParser
import Demos
import Foundation
import Stage

/// `spindle run DEMO [NAME=VALUE ...]`: runs a live demo on the stage, narrates it with --plain,
/// or prints its results as JSON.
struct RunCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "run",
            abstract: HelpText.text("cli.help.run.abstract"),
            discussion: HelpText.text(
                "cli.help.run.discussion", ["slowest": "\(slowest)", "fastest": "\(fastest)"], indent: 0),
            helpNames: [])
    }

    private static let slowest = DemoValue.decimal(DemoParameterSpec.watchableSpeeds.lowerBound)
    private static let fastest = DemoValue.decimal(DemoParameterSpec.watchableSpeeds.upperBound)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(HelpText.text("cli.help.run.demo"), valueName: "demo"))
    var demo: String?

    @Argument(help: ArgumentHelp(HelpText.text("cli.help.run.parameters"), valueName: "name=value"))
    var parameters: [String] = []

    @Flag(name: .customLong("json"), help: ArgumentHelp(HelpText.text("cli.help.run.json")))
    var json = false

    @OptionGroup var outputs: RunOutputOptions

    @Flag(name: [.short, .long], help: ArgumentHelp(HelpText.text("cli.help.run.help")))
    var help = false

    func run() throws {
        guard let demo else {
            Console().write(
                SpindleCommand.helpMessage(for: RunCommand.self) + "\n\nDEMOS:\n" + DemoHelpText.list())
            if help { return }
            throw ExitCode.validationFailure
        }
        let launch: DemoLaunch
        do {
            launch = try DemoLaunch.make(name: demo, words: parameters, listing: "`spindle demos`")
        } catch {
            throw CommandFailure(error.description)
        }
        if help {
            Console().write(DemoHelpText.details(of: launch.descriptor, command: "spindle run"))
            return
        }
        let terminal = global.terminal
        let animates = !json && !terminal.plain && terminal.inputIsTerminal
        try outputs.checkBeforeTheRun(animates: animates)
        InterruptHolding.holdOutsideTheShow()
        let console = Console()
        let record = outputs.recordingPath
        let style: DemoShowing.Style =
            json
            ? .silent : animates ? .animated(color: terminal.color, recordTo: record) : .narrated
        let finished = try DemoShowing.run(
            animates ? launch : launch.unanimated, style: style, console: console)
        let saved = outputs.save(finished.events, run: finished.launch.run, title: launch.title)
        if json {
            console.write(finished.json + "\n")
        } else {
            console.write(finished.closingLines.map { $0 + "\n" }.joined())
        }
        switch finished.outcome.ending {
        case .completed, .stoppedEarly: if !saved { throw ExitCode.failure }
        case .stopped: throw ExitCode(130)
        case .failed: throw ExitCode.failure
        }
    }

}
