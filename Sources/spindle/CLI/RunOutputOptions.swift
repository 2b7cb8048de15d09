import ArgumentParser
import Messages
import Stage
import Trace

/// The files a live run (`run`, `trace`) can be saved to, and what is checked before it starts.
struct RunOutputOptions: ParsableArguments {
    @Option(
        name: .customLong("trace"),
        help: ArgumentHelp(HelpText.text("cli.help.output.trace"), valueName: "file.jsonl"))
    var trace: String?

    @Option(
        name: .customLong("chrome-trace"),
        help: ArgumentHelp(HelpText.text("cli.help.output.chrome-trace"), valueName: "file.json"))
    var chromeTrace: String?

    @Option(
        name: .customLong("record"),
        help: ArgumentHelp(HelpText.text("cli.help.output.record"), valueName: "file.cast"))
    var recording: String?

    @Flag(name: .customLong("force"), help: ArgumentHelp(HelpText.text("cli.help.output.force")))
    var force = false

    /// Refuses, before the run, a recording without an animation and any file that cannot be
    /// written or would be replaced without --force.
    func checkBeforeTheRun(animates: Bool) throws {
        if recording != nil, !animates {
            throw CommandFailure(Messages.text("cli.record.plain-run"))
        }
        try TraceFiles.checkOutputs(
            [("--trace", trace), ("--chrome-trace", chromeTrace), ("--record", recording)], force: force)
    }

    /// Where the animation is recorded, if it is.
    var recordingPath: OutputPath? {
        recording.map { OutputPath($0, mayReplace: force) }
    }

    /// Writes --trace and --chrome-trace after the run; whether every file was written.
    func save(_ events: [TraceEvent], run: TraceRun, title: String) -> Bool {
        TraceFiles.saveRequested(
            events, run: run, title: title, trace: trace, chromeTrace: chromeTrace, force: force)
    }
}
