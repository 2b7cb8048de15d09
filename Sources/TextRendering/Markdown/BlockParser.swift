/// Splits sanitized, tab-expanded lines into ``MarkdownBlock``s.
///
/// Covers the subset lesson authors use (headings, paragraphs, lists, quotes,
/// fenced code, rules, pipe tables) and prefers the author's evident intent to
/// CommonMark's letter: any list item indented past its parent's marker nests,
/// so both two- and four-space indentation work under `1.`.
///
/// Quotes and lists nest at most ``maxDepth`` levels: deeper markers are read
/// as plain text, so a page of thousands of `>` costs a few passes over it
/// instead of the stack (parsing and layout both recurse once per level).
struct BlockParser {
    /// Levels of quotes and lists, counted together; the lesson format allows
    /// as many (`LessonLimits.nestingDepth`), so a lesson that lints clean
    /// renders as written.
    static let maxDepth = 8

    private let lines: [String]
    private let depth: Int
    private var index = 0

    private init(lines: [String], depth: Int) {
        self.lines = lines
        self.depth = depth
    }

    /// The blocks of `lines`, in order; `depth` is how many quotes and lists
    /// they are already inside.
    static func parse(_ lines: [String], depth: Int = 0) -> [MarkdownBlock] {
        var parser = BlockParser(lines: lines, depth: depth)
        return parser.parseBlocks()
    }

    /// Whether a quote or list may open here, or its marker is plain text.
    private var canNest: Bool { depth < Self.maxDepth }

    private mutating func parseBlocks() -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        while index < lines.count {
            let line = lines[index]
            if isBlank(line) {
                index += 1
            } else if let fence = CodeFence(line) {
                blocks.append(parseCode(fence))
            } else if let (level, text) = heading(line) {
                blocks.append(.heading(level: level, text: text))
                index += 1
            } else if isRule(line) {
                blocks.append(.rule)
                index += 1
            } else if canNest, isQuote(line) {
                blocks.append(parseQuote())
            } else if canNest, let marker = ListMarker(line) {
                blocks.append(parseList(first: marker))
            } else if let columns = tableColumns(at: index) {
                blocks.append(parseTable(columns: columns))
            } else {
                blocks.append(parseParagraph())
            }
        }
        return blocks
    }

    // MARK: Blocks

    private mutating func parseCode(_ fence: CodeFence) -> MarkdownBlock {
        var code: [String] = []
        index += 1
        while index < lines.count {
            let line = lines[index]
            index += 1
            if fence.isClosed(by: line) { break }
            code.append(String(line.dropFirst(min(fence.indent, indentation(line)))))
        }
        return .code(language: fence.language, lines: code)
    }

    private mutating func parseQuote() -> MarkdownBlock {
        var inner: [String] = []
        while index < lines.count {
            let line = lines[index]
            if isQuote(line) {
                var rest = line.drop { $0 == " " }.dropFirst()
                if rest.first == " " { rest = rest.dropFirst() }
                inner.append(String(rest))
            } else if !isBlank(line) && !startsBlock(at: index) && !inner.isEmpty
                && !isBlank(inner[inner.count - 1])
            {
                // Lazy continuation: a wrapped quote paragraph without its `>`.
                inner.append(line)
            } else {
                break
            }
            index += 1
        }
        return .quote(BlockParser.parse(inner, depth: depth + 1))
    }

    private mutating func parseList(first: ListMarker) -> MarkdownBlock {
        var items: [[MarkdownBlock]] = []
        while index < lines.count, let marker = ListMarker(lines[index]),
            marker.ordered == first.ordered, marker.indent <= first.indent
        {
            items.append(BlockParser.parse(itemBody(marker), depth: depth + 1))
        }
        return .list(ordered: first.ordered, start: first.number, items: items)
    }

    /// The lines of the item starting at `index`, with its indentation removed.
    private mutating func itemBody(_ marker: ListMarker) -> [String] {
        var body = [marker.content]
        index += 1
        while index < lines.count {
            let line = lines[index]
            if isBlank(line) {
                var next = index + 1
                while next < lines.count && isBlank(lines[next]) { next += 1 }
                guard next < lines.count, belongs(lines[next], to: marker) else { break }
                body += Array(repeating: "", count: next - index)
                index = next
            } else if belongs(line, to: marker) {
                body.append(String(line.dropFirst(min(indentation(line), marker.contentIndent))))
                index += 1
            } else if !isBlank(lines[index - 1]) && !startsBlock(at: index) {
                body.append(line)
                index += 1
            } else {
                break
            }
        }
        return body
    }

    private func belongs(_ line: String, to marker: ListMarker) -> Bool {
        if let nested = ListMarker(line) { return nested.indent > marker.indent }
        return indentation(line) >= marker.contentIndent
    }

    private mutating func parseTable(columns: [TextAlignment]) -> MarkdownBlock {
        let header = fitted(cells(lines[index]), count: columns.count)
        index += 2
        var rows: [[String]] = []
        while index < lines.count, !isBlank(lines[index]), lines[index].contains("|") {
            rows.append(fitted(cells(lines[index]), count: columns.count))
            index += 1
        }
        return .table(MarkdownTable(header: header, alignments: columns, rows: rows))
    }

    private mutating func parseParagraph() -> MarkdownBlock {
        var text = trimmed(lines[index])
        index += 1
        while index < lines.count, !isBlank(lines[index]), !startsBlock(at: index) {
            let next = trimmed(lines[index])
            text += (DisplayWidth.joinsTight(text.last, next.first) ? "" : " ") + next
            index += 1
        }
        return .paragraph(text)
    }

    // MARK: Line classification

    private func startsBlock(at i: Int) -> Bool {
        let line = lines[i]
        return CodeFence(line) != nil || heading(line) != nil || isRule(line) || isQuote(line)
            || ListMarker(line) != nil || tableColumns(at: i) != nil
    }

    private func heading(_ line: String) -> (Int, String)? {
        guard indentation(line) <= 3 else { return nil }
        let text = trimmed(line)
        let level = text.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let rest = text.dropFirst(level)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var title = trimmed(String(rest))
        // An optional closing run of `#`s is decoration, not title text.
        let closing = title.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing == title.count || title.dropLast(closing).last == " " {
            title = trimmed(String(title.dropLast(closing)))
        }
        return (level, title)
    }

    private func isRule(_ line: String) -> Bool {
        guard indentation(line) <= 3 else { return false }
        let marks = line.filter { $0 != " " }
        guard let mark = marks.first, "-*_".contains(mark) else { return false }
        return marks.count >= 3 && marks.allSatisfy { $0 == mark }
    }

    private func isQuote(_ line: String) -> Bool {
        indentation(line) <= 3 && line.drop { $0 == " " }.first == ">"
    }

    /// Column alignments when a table header starts at `i`: a row with pipes
    /// followed by a `---|:--:` separator with as many cells.
    private func tableColumns(at i: Int) -> [TextAlignment]? {
        guard i + 1 < lines.count, lines[i].contains("|") else { return nil }
        let separator = cells(lines[i + 1])
        guard separator.count == cells(lines[i]).count, lines[i + 1].contains("-") else { return nil }
        var alignments: [TextAlignment] = []
        for cell in separator {
            let dashes = cell.trimmingPrefix(":").dropLast(cell.hasSuffix(":") ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
            case (true, true): alignments.append(.center)
            case (false, true): alignments.append(.right)
            default: alignments.append(.left)
            }
        }
        return alignments
    }

    /// Cells of a pipe-table row; outer pipes are optional and `\|` is a literal pipe.
    private func cells(_ line: String) -> [String] {
        var row = trimmed(line)[...]
        if row.first == "|" { row = row.dropFirst() }
        if row.last == "|" && !row.hasSuffix("\\|") { row = row.dropLast() }
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in row {
            if escaped {
                cell += character == "|" ? "|" : "\\" + String(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(trimmed(cell))
                cell = ""
            } else {
                cell.append(character)
            }
        }
        if escaped { cell.append("\\") }
        cells.append(trimmed(cell))
        return cells
    }

    private func fitted(_ cells: [String], count: Int) -> [String] {
        Array((cells + Array(repeating: "", count: max(0, count - cells.count))).prefix(count))
    }

    private func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " }
    }

    private func indentation(_ line: String) -> Int {
        line.prefix { $0 == " " }.count
    }

    private func trimmed(_ s: String) -> String {
        String(s.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

/// A list item's marker line: `- `, `* `, `+ `, `1. ` or `1) `.
private struct ListMarker {
    let indent: Int
    let ordered: Bool
    let number: Int
    /// Column where the item's text starts; continuation lines indent to it.
    let contentIndent: Int
    /// Text after the marker on the first line.
    let content: String

    init?(_ line: String) {
        indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        let markerLength: Int
        if let first = rest.first, "-*+".contains(first) {
            ordered = false
            number = 1
            markerLength = 1
        } else if (1...9).contains(digits.count), let value = Int(digits),
            let delimiter = rest.dropFirst(digits.count).first, delimiter == "." || delimiter == ")"
        {
            ordered = true
            number = value
            markerLength = digits.count + 1
        } else {
            return nil
        }
        let afterMarker = rest.dropFirst(markerLength)
        guard afterMarker.isEmpty || afterMarker.first == " " else { return nil }
        let spaces = afterMarker.prefix { $0 == " " }.count
        // Five or more spaces mean indented content, so only one belongs to the marker.
        let gap = afterMarker.allSatisfy { $0 == " " } || spaces > 4 ? 1 : spaces
        contentIndent = indent + markerLength + gap
        content = String(afterMarker.dropFirst(gap))
    }
}
