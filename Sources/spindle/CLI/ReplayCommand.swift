import ArgumentParser
import Foundation
import Messages
import Stage
import Trace

/// `spindle replay FILE.jsonl`: plays a saved trace with the live stage, or narrates it.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Play a saved trace (JSON Lines) with the stage, or narrate it with --plain.",
        discussion: """
            Keys while it plays: space pauses and resumes; → and ← step one event when paused; \
            + and - change the speed; q leaves. Without a terminal (or with --plain or TERM=dumb) \
            the trace is narrated line by line, followed by its results. A trace file holds at most \
            \(TraceLimits.maximumEvents) events in \(TraceLimits.maximumFileBytes / 1_048_576) MiB, each \
            line at most \(TraceLimits.maximumLineBytes) bytes, and declares every actor and resource \
            before a line refers to it.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The trace file, as written by --trace.", valueName: "file.jsonl"))
    var file: String

    @Option(
        help: ArgumentHelp(
            "Playback speed, from \(PlaybackModel.speedRangeText) (1 is real time).", valueName: "factor"))
    var speed: Double = 1

    @Option(
        name: .customLong("chrome-trace"),
        help: ArgumentHelp(
            "Also write the trace for Perfetto or chrome://tracing.", valueName: "file.json"))
    var chromeTrace: String?

    @Option(
        name: .customLong("record"),
        help: ArgumentHelp(
            "Also record the animation as an asciicast v2 file.", valueName: "file.cast"))
    var recording: String?

    @Flag(name: .customLong("force"), help: "Replace files that --chrome-trace or --record name.")
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
