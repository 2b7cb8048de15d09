import ArgumentParser
import Foundation
import Messages
import ScriptTracing
import Stage
import TextRendering

/// `spindle trace SCRIPT.py [ARGS...]`: runs a student's own Python program under the probe and
/// shows its threads, processes, locks and queues on the stage as it runs.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Run your own Python program and watch its threads and processes on the stage.",
        discussion: """
            Runs `python3 SCRIPT ARGS...` with Spindle's probe installed before the script's first \
            line: the script runs as __main__, with its own arguments and working directory, and \
            standard input from /dev/null. Threads, locks, conditions, semaphores, events, \
            barriers, timers, queues, thread pools, sleeps, forks and multiprocessing appear on \
            the stage with the line of your code behind each step. Spindle's options come before \
            SCRIPT; every word after it goes to the script. What the program prints is shown \
            after the run (with --plain, between the narration lines, marked stdout| and \
            stderr|). When every thread waits for another in a cycle (a deadlock) the cycle is \
            named with its source lines and the program is stopped. Exit status: 0 when the \
            program exited with 0, 3 for a deadlock, 130 after Ctrl-C, 1 otherwise.
            """,
        helpNames: [.short, .long]
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("json"), help: "Print only how the run went, as one JSON object.")
    var json = false

    @Option(
        name: .customLong("time-limit"),
        help: ArgumentHelp(
            "Stop the program after this many seconds (default \(Int(ScriptInvocation.defaultTimeLimit))).",
            valueName: "s"))
    var timeLimit: Double?

    @Flag(name: .customLong("keep-running"), help: "Name a deadlock but leave the program running.")
    var keepRunning = false

    @Option(
        name: .customLong("python"),
        help: ArgumentHelp("The Python interpreter to run (default python3 on PATH).", valueName: "path"))
    var python: String?

    @OptionGroup var outputs: RunOutputOptions

    @Argument(help: ArgumentHelp("The Python program to run.", valueName: "script.py"))
    var script: String

    @Argument(
        parsing: .captureForPassthrough,
        help: ArgumentHelp("The program's own arguments.", valueName: "args"))
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
