import ArgumentParser
import Foundation
import Lab
import Messages
import Stage
import Trace

extension ExploreCommand {
    /// Plays the shortest schedule to outcome `number` (as the report numbers them) on the stage,
    /// or narrates it, and saves its trace where asked.
    func show(outcome number: Int, of report: ExplorationReport, in program: LabProgram) throws {
        guard number <= report.outcomes.count else {
            throw CommandFailure(
                Messages.text(
                    report.outcomes.count == 1
                        ? "cli.explore.show-range.one" : "cli.explore.show-range.other",
                    ["number": "\(number)", "count": "\(report.outcomes.count)"]))
        }
        let outcome = report.outcomes[number - 1]
        let recorder = TraceRecorder()
        try LabReplay.record(program, schedule: outcome.shortestSchedule, into: recorder)
        let events = recorder.events
        let name = URL(fileURLWithPath: file).lastPathComponent
        let run = TraceRun(
            demo: name,
            parameters: ["schedule=" + outcome.shortestSchedule.map(String.init).joined(separator: ",")],
            emphasis: [.lanes, .resources])
        let terminal = global.terminal
        let animates = !json && !terminal.plain && terminal.inputIsTerminal
        if recording != nil, !animates {
            throw CommandFailure(Messages.text("cli.record.plain-schedule"))
        }
        try TraceFiles.checkOutputs(
            [("--trace", trace), ("--chrome-trace", chromeTrace), ("--record", recording)], force: force)
        if animates {
            try StageShowing.run(
                LoadedTraceSource(events), title: run.title, live: false, speed: 1, color: terminal.color,
                recordTo: recording.map { OutputPath($0, mayReplace: force) }, emphasis: run.emphasis)
        } else {
            Console().write(PlainNarration.transcript(of: events).joined(separator: "\n") + "\n")
        }
        try save(events, run: run)
    }

    private func save(_ events: [TraceEvent], run: TraceRun) throws {
        do {
            if let trace {
                TraceFiles.report(
                    try TraceFiles.writeTrace(events, run: run, to: OutputPath(trace, mayReplace: force)).line
                )
            }
            if let chromeTrace {
                TraceFiles.report(
                    try TraceFiles.writeChromeTrace(
                        events, title: run.title, to: OutputPath(chromeTrace, mayReplace: force)))
            }
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
