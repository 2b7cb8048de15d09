import Messages
import TextRendering
import Trace

/// The stage without a screen: one line per event with its time, then the results, so that
/// screen readers, logs and tests get the same facts the animation shows.
///
/// The results come last, one per line as `result NAME=VALUE`, in the order the trace gave them.
public struct PlainNarration {
    private var narrator: Narrator
    private var results: [(name: String, value: String)] = []

    /// A narration for a new trace, in `language`. The closing `result` lines are the same in
    /// every language: programs read them.
    public init(language: Language = CurrentLanguage.value) {
        narrator = Narrator(language: language)
    }

    /// The lines for `events`, in order.
    public mutating func lines(for events: [TraceEvent]) -> [String] {
        events.map { event in
            if case .result(let name, let value) = event.kind { results.append((name, value)) }
            return TerminalText.sanitize(narrator.line(for: event))
        }
    }

    /// A whole trace narrated: its lines, then its results.
    public static func transcript(of events: [TraceEvent]) -> [String] {
        var narration = PlainNarration()
        return narration.lines(for: events) + narration.resultLines()
    }

    /// The closing lines: every result the trace reported.
    public func resultLines() -> [String] {
        results.map { "result \(TerminalText.sanitize($0.name))=\(TerminalText.sanitize($0.value))" }
    }
}
