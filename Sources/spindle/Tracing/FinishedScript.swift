import Foundation
import ScriptTracing
import TextRendering
import Trace

/// A traced program's run that is over: how it ended, what it printed and the trace of it.
struct FinishedScript {
    /// What the stage puts first for a traced program.
    static let emphasis: [TraceView] = [.lanes, .resources, .narration]

    let invocation: ScriptInvocation
    let outcome: ScriptOutcome
    let events: [TraceEvent]
    /// Whether the program's output was shown during the run (narrated), so it is not repeated.
    let outputShown: Bool

    /// What the trace's header says it recorded, for `replay` and `save`.
    var run: TraceRun {
        TraceRun(
            demo: "trace", parameters: [invocation.script] + invocation.arguments, emphasis: Self.emphasis)
    }

    /// A line the program printed, marked with where it printed it, safe for a terminal.
    static func markedLine(_ line: OutputLine) -> String {
        "\(line.stream.rawValue)| " + TerminalText.sanitize(line.text)
    }

    /// The program's output (unless it was shown already), then how the run ended.
    var closingLines: [String] {
        var lines: [String] = []
        if !outputShown, !outcome.output.isEmpty {
            lines.append("The program printed:")
            lines += outcome.output.map(Self.markedLine)
        }
        if outcome.droppedOutputLines > 0 {
            lines.append(
                "(\(outcome.droppedOutputLines) more lines of output were left out: Spindle keeps the first "
                    + "\(ScriptRun.outputLineLimitText))")
        }
        if outcome.unreadableLines > 0 {
            lines.append(
                "(\(outcome.unreadableLines) lines from the probe could not be read; the trace may miss steps)"
            )
        }
        lines += outcome.warnings.map { "note: " + TerminalText.sanitize($0) }
        lines.append(TerminalText.sanitize(endingLine))
        return lines
    }

    /// How the run ended, saying so when the program never started a thread or a process.
    var endingLine: String {
        if case .exited(let code) = outcome.ending, actorCount(.thread) == 0, actorCount(.process) <= 1 {
            return "\(invocation.scriptName) exited with status \(code) without starting a thread or a "
                + "process: there is nothing concurrent to show"
        }
        return outcome.ending.line
    }

    private func actorCount(_ kind: TraceActor.Kind) -> Int {
        events.reduce(0) { count, event in
            if case .declareActor(let actor) = event.kind, actor.kind == kind { return count + 1 }
            return count
        }
    }

    /// The run as one JSON object, for scripts and tests.
    var json: String {
        var object: [String: Any] = [
            "script": invocation.script,
            "arguments": invocation.arguments,
            "ending": endingLine,
            "status": Int(outcome.ending.commandStatus),
            "events": events.count,
            "threads": actorCount(.thread),
            "processes": actorCount(.process),
            "stdout": outcome.output.filter { $0.stream == .stdout }.map(\.text),
            "stderr": outcome.output.filter { $0.stream == .stderr }.map(\.text),
        ]
        object["python"] = outcome.pythonVersion ?? NSNull()
        object["warnings"] = outcome.warnings
        switch outcome.ending {
        case .exited(let code): object["exit"] = Int(code)
        default: object["exit"] = NSNull()
        }
        if case .deadlocked(let sentence) = outcome.ending {
            object["deadlock"] = sentence
        } else {
            object["deadlock"] = NSNull()
        }
        let data =
            (try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
