extension ExplorationReport {
    private static let width = 80

    /// The report as a student reads it in an 80-column terminal.
    public func text() -> String {
        var lines = [
            "explored \(schedules) schedule\(schedules == 1 ? "" : "s"), \(states) state\(states == 1 ? "" : "s") "
                + "(partial-order reduction on)"
        ]
        lines.append("outcomes:")
        for (index, summary) in outcomes.enumerated() {
            let mark = "\(index + 1) " + (summary.isBad ? "✗" : "✓")
            let count = "\(summary.schedules) schedule\(summary.schedules == 1 ? "" : "s")"
            let description = Self.wrap(
                summary.outcome.description, indent: "  \(mark) ", continuation: "      ")
            if let last = description.last, last.count + count.count + 2 <= Self.width {
                lines += description.dropLast()
                lines.append(
                    last + String(repeating: " ", count: Self.width - last.count - count.count) + count)
            } else {
                lines += description
                lines.append(String(repeating: " ", count: Self.width - count.count) + count)
            }
            if let detail = summary.detail {
                lines += Self.wrap(detail, indent: "    ", continuation: "      ")
            }
            if summary.isBad {
                let schedule = summary.shortestSchedule.map(String.init).joined(separator: " ")
                lines += Self.wrap(schedule, indent: "    shortest: ", continuation: "      ")
            }
        }
        if outcomes.contains(where: \.isBad), !threadNames.isEmpty {
            let legend = threadNames.enumerated().map { "\($0.offset) \($0.element)" }.joined(separator: ", ")
            lines += Self.wrap(legend, indent: "threads: ", continuation: "  ")
        }
        lines += Self.wrap(verdict, indent: "verdict: ", continuation: "  ")
        return lines.joined(separator: "\n") + "\n"
    }

    private var verdict: String {
        if hasBadOutcome {
            return complete
                ? "some interleaving fails (exit 1)"
                : "some interleaving fails, and exploring stopped early (exit 1)"
        }
        if !complete {
            return "stopped after \(states) states before exploring every interleaving (exit 3); "
                + "shrink the program (fewer threads, fewer loop iterations) or raise the state limit"
        }
        return "every interleaving succeeds (exit 0)"
    }

    /// Breaks `text` at spaces so no line passes the width.
    static func wrap(_ text: String, indent: String, continuation: String) -> [String] {
        var lines: [String] = []
        var current = indent
        var currentHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if currentHasWord, current.count + 1 + word.count > width {
                lines.append(current)
                current = continuation
                currentHasWord = false
            }
            current += (currentHasWord ? " " : "") + word
            currentHasWord = true
        }
        lines.append(current)
        return lines
    }
}
