/// Lays out ``MarkdownBlock``s as styled lines of a given width.
///
/// Nested blocks (list items, quotes) are laid out at the width left after
/// their prefix and then prefixed, so wrapping needs no knowledge of nesting.
struct BlockRenderer {
    /// Colour changes layout, not just bytes: headings lose their underline
    /// and code spans their backticks.
    let color: Bool

    private static let bullets = ["•", "◦", "▪"]

    private var inline: InlineParser { InlineParser(color: color) }

    /// `blocks` one after another, with a blank line between blocks unless `tight`
    /// (list items keep their paragraphs and sublists together).
    func render(_ blocks: [MarkdownBlock], width: Int, listDepth: Int = 0, tight: Bool = false)
        -> [StyledLine]
    {
        var lines: [StyledLine] = []
        for block in blocks {
            let blockLines = render(block, width: width, listDepth: listDepth)
            if blockLines.isEmpty { continue }
            if !lines.isEmpty && !tight { lines.append(StyledLine()) }
            lines += blockLines
        }
        return lines
    }

    private func render(_ block: MarkdownBlock, width: Int, listDepth: Int) -> [StyledLine] {
        switch block {
        case .heading(let level, let text):
            return heading(level: level, text: text, width: width)
        case .paragraph(let text):
            return TextWrapper.wrap(inline.parse(text), width: width)
        case .list(let ordered, let start, let items):
            return list(ordered: ordered, start: start, items: items, width: width, depth: listDepth)
        case .quote(let blocks):
            let bar = StyledRun("│ ", Palette.quoteBar)
            return prefixed(width: width, first: bar, rest: bar) {
                render(blocks, width: $0, listDepth: listDepth)
            }
        case .code(let language, let lines):
            return CodeRenderer.lines(of: lines, language: language, width: width, color: color)
        case .rule:
            return [StyledLine(String(repeating: "─", count: width), Palette.rule)]
        case .table(let table):
            return TableRenderer(inline: inline, color: color).render(table, width: width)
        }
    }

    /// With colour, a heading is bold and coloured; without, it is underlined
    /// with a rule of its own width so it still stands out (`═` for the title).
    private func heading(level: Int, text: String, width: Int) -> [StyledLine] {
        let base = level == 1 ? Palette.heading1 : Palette.heading
        let lines = TextWrapper.wrap(inline.parse(text, base: base), width: width)
        if color { return lines }
        let underlineWidth = lines.map(\.width).max() ?? 0
        return lines + [StyledLine(String(repeating: level == 1 ? "═" : "─", count: underlineWidth))]
    }

    /// Items with a hanging indent: wrapped lines start under the item's text.
    /// Ordered markers are right-aligned so that `9.` and `10.` items line up.
    private func list(ordered: Bool, start: Int, items: [[MarkdownBlock]], width: Int, depth: Int)
        -> [StyledLine]
    {
        let lastNumber = start + items.count - 1
        let numberWidth = max(String(start).count, String(lastNumber).count)
        var lines: [StyledLine] = []
        for (offset, item) in items.enumerated() {
            let marker =
                ordered
                ? DisplayWidth.pad("\(start + offset).", toWidth: numberWidth + 1, alignment: .right)
                : Self.bullets[depth % Self.bullets.count]
            let first = StyledRun(marker + " ", Palette.listMarker)
            let rest = StyledRun(String(repeating: " ", count: DisplayWidth.of(first.text)))
            lines += prefixed(width: width, first: first, rest: rest) {
                render(item, width: $0, listDepth: depth + 1, tight: true)
            }
        }
        return lines
    }

    /// Lines from `content`, laid out at the width left beside the prefixes,
    /// with `first` before the first line and `rest` before the others.
    /// When the prefix would leave less than two columns, the content is laid
    /// out unprefixed instead: two columns are the least a wide character needs.
    private func prefixed(
        width: Int, first: StyledRun, rest: StyledRun, content: (Int) -> [StyledLine]
    ) -> [StyledLine] {
        let prefixWidth = max(DisplayWidth.of(first.text), DisplayWidth.of(rest.text))
        guard width - prefixWidth >= 2 else { return content(width) }
        return content(width - prefixWidth).enumerated().map { position, line in
            StyledLine([position == 0 ? first : rest] + line.runs)
        }
    }
}
