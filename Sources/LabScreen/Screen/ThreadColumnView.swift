import Messages
import TextRendering

/// One thread's column: its key and name, what it does next (or why it cannot), and the program
/// scrolled so the line of its next step stays in sight, marked, with a caret under the exact
/// operation when there is room for one.
struct ThreadColumnView {
    /// 0-based index in the snapshot; the key is one more.
    var index: Int
    var thread: LabThreadColumn
    /// The raw source lines.
    var source: [String]
    /// The language of the state words.
    var language: Language

    /// Where a column's code starts: the marker and the line number take this many columns.
    static func gutterWidth(lineCount: Int, columnWidth: Int) -> Int {
        let numbered = 2 + String(max(1, lineCount)).count
        // A narrow column keeps the marker and gives the numbers' room to the code.
        return columnWidth - numbered >= 20 ? numbered : 2
    }

    /// Code narrower than this shows indentation at half width: Python's four spaces a level
    /// would otherwise leave little of a nested line in a column of its own.
    static let compactBelow = 30

    /// Draws the column; `stateRows` (1 or 2) is the same for every column, so their code lines
    /// up row for row.
    func draw(in region: LabRegion, stateRows wanted: Int, on painter: inout LabPainter) {
        guard region.width > 0, region.height > 0 else { return }
        let header = LabText.truncate(
            "[\(index + 1)] " + LabText.singleLine(thread.name), toWidth: region.width)
        painter.put(header, x: region.x, y: region.y, width: region.width, style: stateStyle)
        let stateRows = min(wanted, max(0, region.height - 1))
        for (row, line) in LabText.wrap(stateWords, width: region.width, limit: stateRows).enumerated() {
            painter.put(line, x: region.x, y: region.y + 1 + row, width: region.width, style: stateStyle)
        }
        let code = LabRegion(
            x: region.x, y: region.y + 1 + stateRows, width: region.width,
            height: region.height - 1 - stateRows)
        drawCode(in: code, on: &painter)
    }

    /// Rows the state words would like in `width` columns: one, or two when they do not fit.
    func wantedStateRows(width: Int) -> Int {
        min(2, LabText.wrap(stateWords, width: width).count)
    }

    /// What the thread does now, in words.
    var stateWords: String {
        switch thread.state {
        case .runnable(let next):
            Messages.text("lab-screen.column.next", ["step": LabText.singleLine(next)], in: language)
        case .blocked(let reason):
            Messages.text("lab-screen.column.blocked", ["reason": LabText.singleLine(reason)], in: language)
        case .finished: Messages.text("lab-screen.column.finished", in: language)
        }
    }

    private var stateStyle: TextStyle {
        switch thread.state {
        case .runnable: LabStyle.runnable
        case .blocked: LabStyle.blocked
        case .finished: LabStyle.finished
        }
    }

    private func drawCode(in region: LabRegion, on painter: inout LabPainter) {
        guard region.height > 0, !source.isEmpty else { return }
        let gutter = Self.gutterWidth(lineCount: source.count, columnWidth: region.width)
        let codeWidth = region.width - gutter
        guard codeWidth > 0 else { return }
        let compact = codeWidth < Self.compactBelow
        let lines = source.map {
            compact ? Self.halvingIndentation(LabText.codeLine($0)) : LabText.codeLine($0)
        }
        let current = thread.line.flatMap { (1...source.count).contains($0) ? $0 - 1 : nil }
        let caretColumn = current.flatMap { line in
            thread.column.map { column in
                let drawn = LabText.displayColumn(of: column, in: source[line])
                guard compact else { return drawn }
                let indentation = LabText.codeLine(source[line]).prefix { $0 == " " }.count
                return drawn >= indentation ? drawn - (indentation - indentation / 2) : drawn / 2
            }
        }
        let showsCaret = caretColumn != nil && region.height >= 4
        let window = Self.firstLine(
            current: current, lineCount: source.count, rows: region.height - (showsCaret ? 1 : 0))
        let offset = Self.sidewaysOffset(caret: caretColumn, codeWidth: codeWidth)
        var y = region.y
        var line = window
        while y < region.y + region.height, line < source.count {
            let isCurrent = line == current
            let finished = thread.state == .finished
            if isCurrent {
                painter.put(">", x: region.x, y: y, width: 1, style: LabStyle.marker)
            }
            if gutter > 2 {
                let number = String(line + 1)
                let pad = String(repeating: " ", count: gutter - 2 - number.count)
                painter.put(pad + number, x: region.x + 1, y: y, width: gutter - 1, style: LabStyle.muted)
            }
            let text = LabText.window(lines[line], from: offset, width: codeWidth)
            let style = isCurrent ? LabStyle.currentLine : (finished ? LabStyle.finished : .plain)
            painter.put(text, x: region.x + gutter, y: y, width: codeWidth, style: style)
            y += 1
            if isCurrent, showsCaret, let caretColumn, y < region.y + region.height {
                let x = region.x + gutter + min(codeWidth - 1, caretColumn - offset)
                painter.put("^", x: x, y: y, width: 1, style: LabStyle.marker)
                y += 1
            }
            line += 1
        }
    }

    /// How far the whole column scrolls sideways: not at all while the caret is in sight (a long
    /// line is cut at the right instead), else enough to bring it to the middle. The whole column
    /// moves, so indentation still lines up.
    static func sidewaysOffset(caret: Int?, codeWidth: Int) -> Int {
        guard let caret, caret >= codeWidth - 1 else { return 0 }
        return caret - codeWidth / 2
    }

    /// `line` with its leading spaces halved.
    static func halvingIndentation(_ line: String) -> String {
        let indentation = line.prefix { $0 == " " }.count
        return String(repeating: " ", count: indentation / 2) + line.dropFirst(indentation)
    }

    /// The first source line (from 0) shown in `rows` rows: the current line a third of the way
    /// down, so the steps to come stay in sight, and no blank rows after the last line.
    static func firstLine(current: Int?, lineCount: Int, rows: Int) -> Int {
        guard let current, rows > 0 else { return 0 }
        let top = current - (rows - 1) / 3
        return max(0, min(top, lineCount - rows))
    }
}
