/// Lays out pipe tables with box-drawing borders, sizing columns by display
/// width so CJK and emoji cells keep the borders aligned.
struct TableRenderer {
    let inline: InlineParser
    let color: Bool

    /// Every line has the same display width, at most `width`. Tables too wide
    /// for the terminal get narrower columns with wrapped cells; when even two
    /// columns per cell do not fit, each row is listed as `Header: value` lines.
    func render(_ table: MarkdownTable, width: Int) -> [StyledLine] {
        let header = table.header.map { inline.parse($0, base: Palette.tableHeader) }
        let rows = table.rows.map { $0.map { inline.parse($0) } }
        let columnCount = table.alignments.count
        let available = width - (3 * columnCount + 1)
        guard available >= 2 * columnCount else { return records(header: header, rows: rows, width: width) }

        let natural = (0..<columnCount).map { column in
            ([header] + rows).map { StyledLine($0[column]).width }.max().map { max($0, 1) } ?? 1
        }
        let widths = shrink(natural, toFit: available)
        var lines = [border("┌", "┬", "┐", widths)]
        lines += row(header, widths: widths, alignments: table.alignments)
        lines.append(border("├", "┼", "┤", widths))
        for cells in rows {
            lines += row(cells, widths: widths, alignments: table.alignments)
        }
        lines.append(border("└", "┴", "┘", widths))
        return lines
    }

    /// Column widths summing to at most `available`: columns narrower than a
    /// fair share keep their natural width, and the rest split what remains,
    /// so short columns (numbers, names) are never wrapped to feed long ones.
    private func shrink(_ natural: [Int], toFit available: Int) -> [Int] {
        if natural.reduce(0, +) <= available { return natural }
        var widths = natural
        var remaining = available
        var open = Array(natural.indices)
        while true {
            let share = remaining / open.count
            let fitting = open.filter { natural[$0] <= share }
            if fitting.isEmpty { break }
            remaining -= fitting.reduce(0) { $0 + natural[$1] }
            open.removeAll { fitting.contains($0) }
        }
        for (position, column) in open.enumerated() {
            widths[column] = remaining / open.count + (position < remaining % open.count ? 1 : 0)
        }
        return widths
    }

    private func row(_ cells: [[StyledRun]], widths: [Int], alignments: [TextAlignment]) -> [StyledLine] {
        let wrapped = zip(cells, widths).map { TextWrapper.wrap($0, width: $1) }
        let height = wrapped.map(\.count).max() ?? 1
        let bar = StyledRun("│", Palette.tableBorder)
        return (0..<height).map { lineIndex in
            var runs = [bar]
            for (column, cellLines) in wrapped.enumerated() {
                let content = lineIndex < cellLines.count ? cellLines[lineIndex] : StyledLine()
                runs += padded(content, to: widths[column], alignment: alignments[column]).runs
                runs.append(bar)
            }
            return StyledLine(runs)
        }
    }

    /// `line` with one space of margin each side plus alignment padding.
    private func padded(_ line: StyledLine, to width: Int, alignment: TextAlignment) -> StyledLine {
        let (before, after) = alignment.padding(width - line.width)
        let left = StyledRun(String(repeating: " ", count: 1 + before))
        let right = StyledRun(String(repeating: " ", count: 1 + after))
        return StyledLine([left] + line.runs + [right])
    }

    private func border(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> StyledLine {
        let segments = widths.map { String(repeating: "─", count: $0 + 2) }
        return StyledLine(left + segments.joined(separator: middle) + right, Palette.tableBorder)
    }

    /// The narrow-terminal fallback: rows become blocks of `Header: value`
    /// lines separated by blank lines.
    private func records(header: [[StyledRun]], rows: [[[StyledRun]]], width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        for (position, cells) in rows.enumerated() {
            if position > 0 { lines.append(StyledLine()) }
            for (title, cell) in zip(header, cells) {
                lines += TextWrapper.wrap(title + [StyledRun(": ")] + cell, width: width)
            }
        }
        return lines
    }
}
