import ArgumentParser
import Foundation
import Lab
import Messages
import Stage
import Terminal
import Trace

/// `spindle explore FILE.py`: tries every interleaving of a small Python threading program and
/// says which outcomes they reach, which fail, and the shortest schedule to each.
struct ExploreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "explore",
            abstract: HelpText.text("cli.help.explore.abstract"),
            discussion: HelpText.text("cli.help.explore.discussion", indent: 0))
    }

    /// Enough for every lab of the course many times over, and well under 1 GiB of states.
    static let defaultMaximumStates = 1_000_000

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(HelpText.text("cli.help.explore.file"), valueName: "file.py"))
    var file: String

    @Option(
        name: .customLong("max-states"),
        help: ArgumentHelp(HelpText.text("cli.help.explore.max-states"), valueName: "n"))
    var maxStates = ExploreCommand.defaultMaximumStates

    @Flag(help: ArgumentHelp(HelpText.text("cli.help.explore.json")))
    var json = false

    @Option(
        help: ArgumentHelp(HelpText.text("cli.help.explore.show"), valueName: "k"))
    var show: Int?

    @Flag(help: ArgumentHelp(HelpText.text("cli.help.explore.python")))
    var python = false

    @Option(help: ArgumentHelp(HelpText.text("cli.help.explore.runs"), valueName: "n"))
    var runs = PythonOutcomes.defaultRuns

    @Option(
        name: .customLong("trace"),
        help: ArgumentHelp(HelpText.text("cli.help.explore.trace"), valueName: "file.jsonl"))
    var trace: String?

    @Option(
        name: .customLong("chrome-trace"),
        help: ArgumentHelp(HelpText.text("cli.help.explore.chrome-trace"), valueName: "file.json"))
    var chromeTrace: String?

    @Option(
        name: .customLong("record"),
        help: ArgumentHelp(HelpText.text("cli.help.explore.record"), valueName: "file.cast"))
    var recording: String?

    @Flag(name: .customLong("force"), help: ArgumentHelp(HelpText.text("cli.help.output.force")))
    var force = false

    func validate() throws {
        guard maxStates >= 1 else {
            throw ValidationError(Messages.text("cli.option.max-states", ["value": "\(maxStates)"]))
        }
        guard (1...PythonOutcomes.maximumRuns).contains(runs) else {
            throw ValidationError(
                Messages.text(
                    "cli.option.runs-range", ["highest": "\(PythonOutcomes.maximumRuns)", "value": "\(runs)"])
            )
        }
        if let show, show < 1 {
            throw ValidationError(Messages.text("cli.option.show-from-one", ["value": "\(show)"]))
        }
        if show == nil, trace != nil || chromeTrace != nil || recording != nil {
            throw ValidationError(Messages.text("cli.option.outputs-need-show"))
        }
    }

    func run() throws {
        let program: LabProgram
        do {
            program = try LabProgramFile.load(file)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        let report = Self.explore(program, maxStates: maxStates)
        let console = Console()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            console.write(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
        } else {
            console.write(report.text())
        }
        if python {
            console.write(PythonOutcomes.run(file: file, runs: runs).comparison(with: report))
        }
        if let show { try self.show(outcome: show, of: report, in: program) }
        throw ExitCode(report.exitStatus)
    }

    /// Explores with Ctrl-C (and SIGTERM, SIGHUP) stopping the search rather than the program,
    /// so the partial report still prints; checked every few thousand states, which is cheap.
    static func explore(_ program: LabProgram, maxStates: Int) -> ExplorationReport {
        let window = try? SignalWindow.open()
        defer { window?.close() }
        let stopping: TerminalSignals = [.interrupt, .terminate, .hangup, .quit]
        var stopped = false
        return Explorer.explore(program, maxStates: maxStates) {
            if !stopped, let window, !window.takeSignals().intersection(stopping).isEmpty { stopped = true }
            return stopped
        }
    }
}
