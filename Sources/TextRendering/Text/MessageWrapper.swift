/// Wraps the tutor's own messages and lists at the terminal width, on word boundaries and
/// CJK-aware, with the same wrapper lesson pages use.
public enum MessageWrapper {
    /// `text` with every line wider than `width` wrapped. A `code span` stays on one line, and a
    /// list row (`name  what it does`) wraps under its second column. Lines holding escape
    /// sequences were styled, and so already laid out, by the page renderer: they are kept.
    public static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrapLine(String($0), width: max(10, width)) }
            .joined(separator: "\n")
    }

    private static func wrapLine(_ line: String, width: Int) -> [String] {
        guard !line.contains("\u{1B}"), DisplayWidth.of(line) > width else { return [line] }
        let (prefix, rest) = split(line, width: width)
        let indent = DisplayWidth.of(prefix)
        let wrapped = TextWrapper.wrap(runs(of: rest), width: width - indent)
        return wrapped.enumerated().map { index, styled in
            (index == 0 ? prefix : String(repeating: " ", count: indent))
                + styled.runs.map(\.text).joined()
        }
    }

    /// The part kept as it is (indentation, or a list row's first column with its gap) and the
    /// text to wrap after it.
    private static func split(_ line: String, width: Int) -> (String, String) {
        let content = line.drop { $0 == " " }
        let indentation = String(line.prefix(line.count - content.count))
        let pairs = zip(content.indices, content.indices.dropFirst())
        if let (gap, _) = pairs.first(where: { content[$0.0] == " " && content[$0.1] == " " }) {
            let afterGap = content[gap...].drop { $0 == " " }
            let column = String(line[..<afterGap.startIndex])
            if !afterGap.isEmpty, DisplayWidth.of(column) <= width / 2 {
                return (column, String(afterGap))
            }
        }
        return (indentation, String(content))
    }

    /// Code spans keep their spaces: `open 0` must not break between its words.
    private static func runs(of text: String) -> [StyledRun] {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        return parts.enumerated().compactMap { index, part in
            let afterBacktick = index % 2 == 1
            // A backtick left open is text, not the start of a span.
            if afterBacktick, index == parts.count - 1 { return StyledRun("`" + part) }
            if afterBacktick { return StyledRun("`\(part)`", breaksAtSpaces: false) }
            return part.isEmpty ? nil : StyledRun(String(part))
        }
    }
}
