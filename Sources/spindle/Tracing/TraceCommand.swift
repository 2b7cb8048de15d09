import ArgumentParser
import Foundation
import Messages
import ScriptTracing
import Stage
import TextRendering

/// `spindle trace SCRIPT.py [ARGS...]`: runs a student's own Python program under the probe and
/// shows its threads, processes, locks and queues on the stage as it runs.
struct TraceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "trace",
            abstract: HelpText.text("cli.help.trace.abstract"),
            discussion: HelpText.text("cli.help.trace.discussion", indent: 0),
            helpNames: [.short, .long])
    }

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("json"), help: ArgumentHelp(HelpText.text("cli.help.trace.json")))
    var json = false

    @Option(
        name: .customLong("time-limit"),
        help: ArgumentHelp(
            HelpText.text(
                "cli.help.trace.time-limit", ["seconds": "\(Int(ScriptInvocation.defaultTimeLimit))"]),
            valueName: "s"))
    var timeLimit: Double?

    @Flag(name: .customLong("keep-running"), help: ArgumentHelp(HelpText.text("cli.help.trace.keep-running")))
    var keepRunning = false

    @Option(
        name: .customLong("python"),
        help: ArgumentHelp(HelpText.text("cli.help.trace.python"), valueName: "path"))
    var python: String?

    @OptionGroup var outputs: RunOutputOptions

    @Argument(help: ArgumentHelp(HelpText.text("cli.help.trace.script"), valueName: "script.py"))
    var script: String

    @Argument(
        parsing: .captureForPassthrough,
        help: ArgumentHelp(HelpText.text("cli.help.trace.arguments"), valueName: "args"))
    var arguments: [String] = []

    func validate() throws {
        if let timeLimit, !ScriptInvocation.timeLimits.contains(timeLimit) {
            throw ValidationError(
                Messages.text(
                    "cli.option.time-limit-range",
                    [
                        "lowest": "\(ScriptInvocation.timeLimits.lowerBound)",
                        "highest": "\(Int(ScriptInvocation.timeLimits.upperBound))",
                        "value": timeLimit.formatted(),
                    ]))
        }
    }

    func run() throws {
        let terminal = global.terminal
        let animates = !json && !terminal.plain && terminal.inputIsTerminal
        try outputs.checkBeforeTheRun(animates: animates)
        InterruptHolding.holdOutsideTheShow()
        let invocation = ScriptInvocation(
            script: script, arguments: arguments, python: python ?? "python3",
            timeLimit: timeLimit ?? ScriptInvocation.defaultTimeLimit, keepRunning: keepRunning)
        let console = Console()
        let record = outputs.recordingPath
        let style: DemoShowing.Style =
            json ? .silent : animates ? .animated(color: terminal.color, recordTo: record) : .narrated
        let finished = try ScriptShowing.run(invocation, style: style, console: console)
        let saved = outputs.save(finished.events, run: finished.run, title: invocation.title)
        if json {
            console.write(finished.json + "\n")
        } else if terminal.outputIsTerminal {
            // A sentence naming a deadlock is long: at a terminal it wraps on words, not
            // mid-word at the edge.
            let text = finished.closingLines.joined(separator: "\n")
            console.write(MessageWrapper.wrap(text, width: TerminalInfo.textWidth()) + "\n")
        } else {
            console.write(finished.closingLines.map { $0 + "\n" }.joined())
        }
        let status = finished.outcome.ending.commandStatus
        if status == 0 && !saved { throw ExitCode.failure }
        if status != 0 { throw ExitCode(status) }
    }

}
