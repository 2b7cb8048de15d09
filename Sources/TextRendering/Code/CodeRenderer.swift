/// Shows source code verbatim: never reflowed, since re-wrapping would change
/// what the code means (Python indentation) and what a student copies.
public enum CodeRenderer {
    /// `code` under a `── language ──` label line and above a closing rule.
    ///
    /// Lines are not indented, so they can be copied into a file or REPL as is;
    /// lines wider than `options.width` are cut with `…`.
    public static func render(code: String, language: String, options: RenderOptions) -> [String] {
        let lines = lines(
            of: TerminalText.lines(code), language: TerminalText.sanitize(language),
            width: options.width, color: options.color)
        return output(lines, color: options.color)
    }

    /// Two versions of the same code side by side, each column labelled with
    /// its language and split by a vertical divider, when both fit in
    /// `options.width`; otherwise one after the other, separated by a blank line.
    ///
    /// Lessons use this to put the Python API students know next to its
    /// Spindle (Swift) equivalent.
    public static func renderPair(
        _ left: (language: String, code: String),
        _ right: (language: String, code: String),
        options: RenderOptions
    ) -> [String] {
        let leftColumn = Column(language: left.language, code: left.code)
        let rightColumn = Column(language: right.language, code: right.code)
        guard leftColumn.width + 3 + rightColumn.width <= options.width else {
            return render(code: left.code, language: left.language, options: options)
                + [""]
                + render(code: right.code, language: right.language, options: options)
        }
        let divider = StyledRun(" │ ", Palette.codeLabel)
        var lines = [
            StyledLine([leftColumn.label, divider, rightColumn.label]),
            StyledLine(
                String(repeating: "─", count: leftColumn.width + 1) + "┼"
                    + String(repeating: "─", count: rightColumn.width + 1),
                Palette.codeLabel
            ),
        ]
        for row in 0..<max(leftColumn.lines.count, rightColumn.lines.count) {
            lines.append(
                StyledLine([
                    StyledRun(leftColumn.line(row)), divider, StyledRun(rightColumn.line(row)),
                ]))
        }
        return output(lines, color: options.color)
    }

    /// The labelled block for already sanitized `code` lines, as laid out
    /// inside markdown pages too.
    static func lines(of code: [String], language: String, width: Int, color: Bool) -> [StyledLine] {
        let label = labelLine(language: language, width: width)
        let closing = StyledLine(String(repeating: "─", count: label.width), Palette.codeLabel)
        let body = code.map { StyledLine(DisplayWidth.truncate($0, toWidth: width, ellipsis: "…")) }
        return [label] + body + [closing]
    }

    /// `── python ──`, with the language name cut to fit narrow terminals.
    private static func labelLine(language: String, width: Int) -> StyledLine {
        guard !language.isEmpty, width >= 8 else {
            return StyledLine(String(repeating: "─", count: min(width, 4)), Palette.codeLabel)
        }
        return StyledLine([
            StyledRun("── ", Palette.codeLabel),
            StyledRun(
                DisplayWidth.truncate(language, toWidth: width - 6, ellipsis: "…"), Palette.codeLanguage),
            StyledRun(" ──", Palette.codeLabel),
        ])
    }

    private static func output(_ lines: [StyledLine], color: Bool) -> [String] {
        let styler = Styler(color: color)
        return lines.map { $0.trimmingTrailingSpaces().rendered(with: styler) }
    }

    /// One side of a pair: sanitized lines, padded to a common width.
    private struct Column {
        let label: StyledRun
        let lines: [String]
        let width: Int

        init(language: String, code: String) {
            let language = TerminalText.sanitize(language)
            lines = TerminalText.lines(code)
            width = max(DisplayWidth.of(language), lines.map { DisplayWidth.of($0) }.max() ?? 0)
            label = StyledRun(DisplayWidth.pad(language, toWidth: width), Palette.codeLanguage)
        }

        func line(_ row: Int) -> String {
            DisplayWidth.pad(row < lines.count ? lines[row] : "", toWidth: width)
        }
    }
}
