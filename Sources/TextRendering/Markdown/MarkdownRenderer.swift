/// Renders lesson pages written in markdown as terminal lines.
public enum MarkdownRenderer {
    /// The lines of `markdown` laid out for a terminal `options.width` columns
    /// wide: every line fits in that many display columns (escape sequences
    /// aside), blocks are separated by one blank line, and no line is blank at
    /// the start or end.
    ///
    /// All text is sanitized first, so a lesson file cannot send escape
    /// sequences to the terminal; with `options.color` off, the output holds
    /// no escape byte at all.
    public static func render(_ markdown: String, options: RenderOptions) -> [String] {
        let blocks = BlockParser.parse(TerminalText.lines(markdown))
        let styler = Styler(color: options.color)
        return BlockRenderer(color: options.color)
            .render(blocks, width: options.width)
            .map { $0.trimmingTrailingSpaces().rendered(with: styler) }
    }
}
