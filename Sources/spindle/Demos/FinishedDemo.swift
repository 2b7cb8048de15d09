import Demos
import Foundation
import Messages
import Trace

/// A demo run that is over: what it measured and the trace of it.
struct FinishedDemo {
    let launch: DemoLaunch
    let outcome: DemoOutcome
    let events: [TraceEvent]

    /// How it ended (when not simply completed), then `result NAME=VALUE` lines: in plain mode
    /// these are the last lines of a run. The result lines are for programs too, so they stay
    /// as they are in every language.
    var closingLines: [String] { closingLines(in: CurrentLanguage.value) }

    func closingLines(in language: Language) -> [String] {
        [ending(in: language)].compactMap { $0 } + outcome.results.map { "result \($0.name)=\($0.value)" }
    }

    /// One line saying how the run ended, or nil when it simply completed; the reason a demo
    /// gives for stopping early is its own, in English.
    private func ending(in language: Language) -> String? {
        switch outcome.ending {
        case .completed: nil
        case .stoppedEarly(let reason):
            Messages.text("cli.ending.stopped-early", ["reason": reason], in: language)
        case .stopped(let reason):
            Messages.text(
                "cli.ending.stopped", ["reason": StopReason.shown(reason, in: language)], in: language)
        case .failed(let message): Messages.text("cli.ending.failed", ["message": message], in: language)
        }
    }

    /// The results as one JSON object: numbers as numbers, words as strings.
    var json: String {
        var results: [String: Any] = [:]
        for result in outcome.results {
            if let number = Double(result.value), number.isFinite {
                results[result.name] = Self.jsonNumber(number)
            } else {
                results[result.name] = result.value
            }
        }
        var object: [String: Any] = [
            "demo": launch.descriptor.name,
            "parameters": launch.arguments.values.mapValues(Self.jsonValue),
            "completed": outcome.ending == .completed,
            "results": results,
        ]
        // For programs to read: the same words in every language.
        if let line = ending(in: .english) { object["ending"] = line }
        let data =
            (try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// A parameter as JSON of its own type: numbers as numbers, on/off as true/false.
    private static func jsonValue(_ value: DemoValue) -> Any {
        switch value {
        case .integer(let number): number
        case .decimal(let number): jsonNumber(number)
        case .flag(let on): on
        case .word(let word): word
        }
    }

    /// Whole numbers without a fraction (`2`, not `2.0`).
    private static func jsonNumber(_ number: Double) -> Any {
        number == number.rounded() && abs(number) < 1e15 ? Int64(number) as Any : number
    }
}
