import Messages
import TextRendering

extension ExplorationReport {
    private static let width = 80

    /// The report as a student reads it in an 80-column terminal; the schedules, thread names
    /// and what the program printed read the same in every language.
    public func text(in language: Language = CurrentLanguage.value) -> String {
        func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
            Messages.text(key, arguments, in: language)
        }
        var lines = [
            text(
                "lab.report.explored",
                [
                    "schedules": Self.count(schedules, "lab.report.schedules", in: language),
                    "states": Self.count(states, "lab.report.states", in: language),
                ])
        ]
        lines.append(text("lab.report.outcomes"))
        for (index, summary) in outcomes.enumerated() {
            let mark = "\(index + 1) " + (summary.isBad ? "✗" : "✓")
            let count = Self.count(summary.schedules, "lab.report.schedules", in: language)
            let countWidth = DisplayWidth.of(count)
            let description = Self.wrap(
                summary.outcome.text(in: language), indent: "  \(mark) ", continuation: "      ")
            if let last = description.last, DisplayWidth.of(last) + countWidth + 2 <= Self.width {
                lines += description.dropLast()
                lines.append(
                    last + String(repeating: " ", count: Self.width - DisplayWidth.of(last) - countWidth)
                        + count)
            } else {
                lines += description
                lines.append(String(repeating: " ", count: Self.width - countWidth) + count)
            }
            if let detail = summary.detail(in: language) {
                lines += Self.wrap(detail, indent: "    ", continuation: "      ")
            }
            if summary.isBad {
                let schedule = summary.shortestSchedule.map(String.init).joined(separator: " ")
                lines += Self.wrap(
                    schedule, indent: "    " + text("lab.report.shortest"), continuation: "      ")
            }
        }
        if outcomes.contains(where: \.isBad), !threadNames.isEmpty {
            let legend = threadNames.enumerated().map { "\($0.offset) \($0.element)" }
                .joined(separator: text("lab.report.thread-separator"))
            lines += Self.wrap(legend, indent: text("lab.report.threads"), continuation: "  ")
        }
        lines += Self.wrap(verdict(in: language), indent: text("lab.report.verdict"), continuation: "  ")
        return lines.joined(separator: "\n") + "\n"
    }

    /// "1 schedule", "3 schedules": `key.one` or `key.other`, the number as digits.
    private static func count(_ number: Int, _ key: String, in language: Language) -> String {
        Messages.text(number == 1 ? key + ".one" : key + ".other", ["count": "\(number)"], in: language)
    }

    private func verdict(in language: Language) -> String {
        if hasBadOutcome {
            return Messages.text(
                complete ? "lab.report.verdict.fails" : "lab.report.verdict.fails-stopped", in: language)
        }
        if !complete {
            return Messages.text("lab.report.verdict.stopped", ["states": "\(states)"], in: language)
        }
        return Messages.text("lab.report.verdict.succeeds", in: language)
    }

    /// Breaks `text` at spaces, and between Chinese characters, so no line passes the width.
    static func wrap(_ text: String, indent: String, continuation: String) -> [String] {
        var lines: [String] = []
        var current = indent
        var currentHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            for (index, piece) in pieces(of: word).enumerated() {
                let gap = currentHasWord && index == 0 ? " " : ""
                if currentHasWord, DisplayWidth.of(current) + gap.count + DisplayWidth.of(piece) > width {
                    lines.append(current)
                    current = continuation
                    currentHasWord = false
                }
                current += (currentHasWord ? gap : "") + piece
                currentHasWord = true
            }
        }
        lines.append(current)
        return lines
    }

    /// A word cut where a line may break inside it: before and after each wide character, as
    /// Chinese text has no spaces; a word of narrow characters stays whole.
    private static func pieces(of word: Substring) -> [String] {
        var pieces: [String] = []
        var narrow = ""
        for character in word {
            if DisplayWidth.of(character) > 1 {
                if !narrow.isEmpty { pieces.append(narrow) }
                narrow = ""
                pieces.append(String(character))
            } else {
                narrow.append(character)
            }
        }
        if !narrow.isEmpty || pieces.isEmpty { pieces.append(narrow) }
        return pieces
    }
}
