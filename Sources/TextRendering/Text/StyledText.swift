/// A stretch of text in one style. Renderers build lines from runs and only
/// turn them into bytes at the end, so widths are measured without escapes.
package struct StyledRun: Sendable, Hashable {
    package var text: String
    var style: TextStyle
    /// False for text whose spaces are part of it, like a code span such as
    /// `async let`, which wrapping must not split or collapse.
    var breaksAtSpaces: Bool

    package init(_ text: String, _ style: TextStyle = .plain, breaksAtSpaces: Bool = true) {
        self.text = text
        self.style = style
        self.breaksAtSpaces = breaksAtSpaces
    }
}

/// One terminal line as styled runs.
package struct StyledLine: Sendable, Hashable {
    package var runs: [StyledRun]

    package init(_ runs: [StyledRun] = []) {
        self.runs = runs
    }

    package init(_ text: String, _ style: TextStyle = .plain) {
        self.runs = [StyledRun(text, style)]
    }

    /// Display columns, ignoring styling.
    var width: Int {
        runs.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }

    /// Trailing spaces removed: they are invisible, and they would make lines
    /// look wider than their content to tests and to copy-paste.
    func trimmingTrailingSpaces() -> StyledLine {
        var runs = runs
        while let last = runs.last {
            let trimmed = String(last.text.reversed().drop { $0 == " " }.reversed())
            if trimmed.isEmpty {
                runs.removeLast()
                continue
            }
            runs[runs.count - 1].text = trimmed
            break
        }
        return StyledLine(runs)
    }

    /// The line as terminal text, styled only if `styler` has colour on.
    func rendered(with styler: Styler) -> String {
        runs.map { styler.apply($0.style, to: $0.text) }.joined()
    }
}
