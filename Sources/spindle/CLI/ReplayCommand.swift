import ArgumentParser
import Foundation
import Messages
import Stage
import Trace

/// `spindle replay FILE.jsonl`: plays a saved trace with the live stage, or narrates it.
struct ReplayCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "replay",
            abstract: HelpText.text("cli.help.replay.abstract"),
            discussion: HelpText.text(
                "cli.help.replay.discussion",
                [
                    "events": "\(TraceLimits.maximumEvents)",
                    "mebibytes": "\(TraceLimits.maximumFileBytes / 1_048_576)",
                    "bytes": "\(TraceLimits.maximumLineBytes)",
                ], indent: 0))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(HelpText.text("cli.help.replay.file"), valueName: "file.jsonl"))
    var file: String

    @Option(
        help: ArgumentHelp(
            HelpText.text("cli.help.replay.speed", ["range": PlaybackModel.speedRangeText]),
            valueName: "factor"))
    var speed: Double = 1

    @Option(
        name: .customLong("chrome-trace"),
        help: ArgumentHelp(HelpText.text("cli.help.replay.chrome-trace"), valueName: "file.json"))
    var chromeTrace: String?

    @Option(
        name: .customLong("record"),
        help: ArgumentHelp(HelpText.text("cli.help.output.record"), valueName: "file.cast"))
    var recording: String?

    @Flag(name: .customLong("force"), help: ArgumentHelp(HelpText.text("cli.help.replay.force")))
    var force = false

    func validate() throws {
        guard speed.isFinite, PlaybackModel.speedRange.contains(speed) else {
            throw ValidationError(
                Messages.text(
                    "cli.option.speed-range", ["range": PlaybackModel.speedRangeText, "speed": "\(speed)"]))
        }
    }

    func run() throws {
        let (run, events) = try TraceFiles.load(file)
        try TraceFiles.checkOutputs([("--chrome-trace", chromeTrace), ("--record", recording)], force: force)
        try writeChromeTrace(events)
        let terminal = global.terminal
        if terminal.plain || !terminal.inputIsTerminal {
            if recording != nil {
                throw CommandFailure(Messages.text("cli.record.plain-output"))
            }
            Console().write(PlainNarration.transcript(of: events).joined(separator: "\n") + "\n")
            return
        }
        try StageShowing.run(
            LoadedTraceSource(events), title: run?.title ?? URL(fileURLWithPath: file).lastPathComponent,
            live: false, speed: speed, color: terminal.color,
            recordTo: recording.map { OutputPath($0, mayReplace: force) }, emphasis: run?.emphasis ?? [])
    }

    private func writeChromeTrace(_ events: [TraceEvent]) throws {
        guard let chromeTrace else { return }
        do {
            TraceFiles.report(
                try TraceFiles.writeChromeTrace(
                    events, title: file, to: OutputPath(chromeTrace, mayReplace: force)))
        } catch {
            throw CommandFailure(
                Messages.text("cli.file.option-error", ["option": "--chrome-trace", "error": "\(error)"]))
        }
    }
}
