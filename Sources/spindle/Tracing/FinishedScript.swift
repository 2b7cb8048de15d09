import Foundation
import Messages
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
            lines.append(Messages.text("cli.script.printed"))
            lines += outcome.output.map(Self.markedLine)
        }
        if outcome.droppedOutputLines > 0 {
            lines.append(
                Messages.text(
                    "cli.script.output-dropped",
                    [
                        "count": "\(outcome.droppedOutputLines)",
                        "limit": ScriptRun.outputLineLimitText(in: CurrentLanguage.value),
                    ]))
        }
        if outcome.unreadableLines > 0 {
            lines.append(
                Messages.text("cli.script.unreadable-lines", ["count": "\(outcome.unreadableLines)"]))
        }
        lines += outcome.warnings.map {
            Messages.text(
                "cli.script.note",
                ["warning": TerminalText.sanitize(ProbeWarning.text($0, in: CurrentLanguage.value))])
        }
        lines.append(TerminalText.sanitize(endingLine(in: CurrentLanguage.value)))
        return lines
    }

    /// How the run ended, saying so when the program never started a thread or a process. The
    /// deadlock sentence and the reasons the run worded itself come from the run in `language`.
    func endingLine(in language: Language) -> String {
        switch outcome.ending {
        case .exited(let code) where actorCount(.thread) == 0 && actorCount(.process) <= 1:
            Messages.text(
                "cli.script.nothing-concurrent", ["script": invocation.scriptName, "status": "\(code)"],
                in: language)
        case .exited(let code): Messages.text("cli.script.exited", ["status": "\(code)"], in: language)
        case .signalled(let signal):
            Messages.text("cli.script.signalled", ["signal": "\(signal)"], in: language)
        case .stopped(let reason):
            Messages.text(
                "cli.ending.stopped",
                ["reason": outcome.reasonWords?.text(in: language) ?? StopReason.shown(reason, in: language)],
                in: language)
        case .deadlocked(let words): words.text(in: language)
        case .failed: outcome.reasonWords?.text(in: language) ?? outcome.ending.line
        }
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
            // For programs to read: the same words in every language.
            "ending": endingLine(in: .english),
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
        if case .deadlocked(let words) = outcome.ending {
            object["deadlock"] = words.english
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
