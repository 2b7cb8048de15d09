import TextRendering

/// The lab's text made safe and fitted: program source, program output and names all come from
/// a Python file the student or an instructor wrote, so none of it reaches the terminal raw.
enum LabText {
    /// `text` safe to draw on one row: controls shown as pictures, line breaks as spaces.
    static func singleLine(_ text: String) -> String {
        String(TerminalText.sanitize(text).map { $0 == "\n" ? " " : $0 })
    }

    /// A line of source as it is drawn: tabs expanded to their stops, controls made visible.
    static func codeLine(_ line: String) -> String {
        TerminalText.lines(line).joined(separator: " ")
    }

    /// The display column (from 0) where the 1-based character `column` of `line` is drawn,
    /// measured as ``codeLine(_:)`` draws the line, so tabs and wide characters count right.
    static func displayColumn(of column: Int, in line: String) -> Int {
        DisplayWidth.of(codeLine(String(line.prefix(max(0, column - 1)))))
    }

    /// `text` cut with `…` to at most `width` columns.
    static func truncate(_ text: String, toWidth width: Int) -> String {
        DisplayWidth.truncate(text, toWidth: max(0, width), ellipsis: "…")
    }

    /// The columns `offset..<offset + width` of `line`, with `…` where text is cut off on either
    /// side: how a long line scrolled sideways shows.
    static func window(_ line: String, from offset: Int, width: Int) -> String {
        guard offset > 0 else { return truncate(line, toWidth: width) }
        var column = 0
        var shown = ""
        var hidesText = false
        for character in line {
            let columns = DisplayWidth.of(character)
            defer { column += columns }
            if column >= offset {
                shown.append(character)
            } else if column + columns > offset {
                // A wide character cut in half by the left edge leaves its right half blank.
                shown.append(" ")
                hidesText = true
            } else if character != " " {
                hidesText = true
            }
        }
        var visible = truncate(shown, toWidth: width)
        if hidesText, !visible.isEmpty { visible = "…" + visible.dropFirst() }
        return visible
    }

    /// `text` wrapped on word boundaries into lines of at most `width` columns; a word longer
    /// than a line is broken between characters. Empty text gives one empty line.
    static func wrap(_ text: String, width: Int) -> [String] {
        TextWrapper.wrap([StyledRun(singleLine(text))], width: max(1, width)).map { line in
            line.runs.map(\.text).joined()
        }
    }

    /// Like ``wrap(_:width:)``, at most `limit` lines, the last one cut with `…` if text remains.
    static func wrap(_ text: String, width: Int, limit: Int) -> [String] {
        guard limit > 0 else { return [] }
        let lines = wrap(text, width: width)
        guard lines.count > limit else { return lines }
        let kept = lines.prefix(limit - 1)
        let rest = lines.dropFirst(limit - 1).joined(separator: " ")
        return kept + [truncate(rest, toWidth: width)]
    }
}
