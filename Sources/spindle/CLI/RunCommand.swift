import ArgumentParser
import Demos
import Foundation
import Stage

/// `spindle run DEMO [NAME=VALUE ...]`: runs a live demo on the stage, narrates it with --plain,
/// or prints its results as JSON.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a live demo on real processes and threads, and watch it on the stage.",
        discussion: """
            Parameters are NAME=VALUE words; `spindle run DEMO --help` lists a demo's parameters \
            and results, `spindle demos` lists the demos. Every demo takes speed= (1 is a pace you \
            can follow, 2 twice as fast, 0 full speed; otherwise from \(slowest) to \(fastest); \
            unless given, 1 on the stage and 0 when narrated or with --json) and time_limit= \
            (seconds). A parameter is given once. Keys on the stage: space pauses, arrows step when \
            paused, + and - change the speed, q leaves. With --plain (or \
            no terminal, or TERM=dumb) the run is narrated line by line and its last lines are its \
            results, one per line: result NAME=VALUE.
            """,
        helpNames: []
    )

    private static let slowest = DemoValue.decimal(DemoParameterSpec.watchableSpeeds.lowerBound)
    private static let fastest = DemoValue.decimal(DemoParameterSpec.watchableSpeeds.upperBound)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The demo to run (see `spindle demos`).", valueName: "demo"))
    var demo: String?

    @Argument(help: ArgumentHelp("Parameters, such as workers=4 lock=on.", valueName: "name=value"))
    var parameters: [String] = []

    @Flag(name: .customLong("json"), help: "Print only the results, as one JSON object.")
    var json = false

    @OptionGroup var outputs: RunOutputOptions

    @Flag(name: [.short, .long], help: "Show this help, or a demo's parameters and results.")
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
