import Messages

/// A lesson file's lines with every character that could drive the student's terminal removed.
///
/// Lesson text is data from a file: an ESC could recolour or clear the screen, and a bidi
/// override could make code read differently from how it runs. The rest of the parser works on
/// these clean lines and asks this type to turn its columns back into the file's own.
struct SourceText {
    /// The cleaned lines; line `n` of the file is `lines[n - 1]`.
    let lines: [String]
    /// For lines that changed: the file column of each remaining character.
    private let columnMaps: [Int: [Int]]
    /// One warning per line that lost a character, at the first such character.
    let removals: [(location: SourceLocation, scalar: Unicode.Scalar)]
    /// The file column of the first tab of each line that has one: YAML forbids tabs in
    /// indentation, and once they are spaces only this map still knows they were there.
    let firstTabColumns: [Int: Int]
    /// Lines longer than `LessonLimits.lineCharacters`, cut at that length.
    let overlongLines: [Int]

    /// Tab stops every four columns, as CommonMark sets them.
    private static let tabWidth = 4

    init(_ text: String) {
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var lines: [String] = []
        var columnMaps: [Int: [Int]] = [:]
        var removals: [(SourceLocation, Unicode.Scalar)] = []
        var firstTabColumns: [Int: Int] = [:]
        var overlongLines: [Int] = []
        for raw in Self.splitLines(scalars) {
            // Most lines are printable ASCII within the length limit: nothing to remove, no tab
            // to widen, one character a scalar. Walking them by character, as below, would
            // find the grapheme breaks of every line of the course for nothing.
            if raw.count <= LessonLimits.lineCharacters, raw.allSatisfy({ (0x20...0x7E).contains($0.value) })
            {
                lines.append(String(Substring(raw)))
                continue
            }
            let lineNumber = lines.count + 1
            var clean = String.UnicodeScalarView()
            var map: [Int] = []
            var changed = false
            var firstRemoved: (column: Int, scalar: Unicode.Scalar)?
            for (index, character) in Substring(raw).enumerated() {
                let column = index + 1
                guard column <= LessonLimits.lineCharacters else {
                    overlongLines.append(lineNumber)
                    break
                }
                if character == "\t" {
                    let width = Self.tabWidth - map.count % Self.tabWidth
                    // One scalar at a time: `append(contentsOf:)` copies the whole line each
                    // call, which made a long line cost the square of its length.
                    for _ in 0..<width { clean.append(" ") }
                    map.append(contentsOf: repeatElement(column, count: width))
                    if firstTabColumns[lineNumber] == nil { firstTabColumns[lineNumber] = column }
                    changed = true
                    continue
                }
                var keptAny = false
                for scalar in character.unicodeScalars {
                    if Self.isForbidden(scalar) {
                        changed = true
                        if firstRemoved == nil { firstRemoved = (column, scalar) }
                    } else {
                        clean.append(scalar)
                        keptAny = true
                    }
                }
                if keptAny { map.append(column) }
            }
            if changed { columnMaps[lineNumber] = map }
            if let firstRemoved {
                removals.append(
                    (SourceLocation(line: lineNumber, column: firstRemoved.column), firstRemoved.scalar))
            }
            lines.append(String(clean))
        }
        self.lines = lines
        self.columnMaps = columnMaps
        self.removals = removals
        self.firstTabColumns = firstTabColumns
        self.overlongLines = overlongLines
    }

    /// Splits at line feeds, dropping the carriage return of a CRLF pair; a lone CR stays and is
    /// removed later as a control character. Works on scalars because Swift treats CRLF as one
    /// `Character`.
    private static func splitLines(_ scalars: Substring.UnicodeScalarView) -> [Substring.UnicodeScalarView] {
        var lines = scalars.split(separator: "\n", omittingEmptySubsequences: false)
        for index in lines.indices where lines[index].last == "\r" {
            lines[index].removeLast()
        }
        // A final newline ends the last line rather than starting an empty one.
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// C0 and C1 controls (except the line feed, handled by line splitting), DEL, and the
    /// bidirectional embedding, override and isolate characters.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The file location of a character of a cleaned line (both 1-based).
    func location(line: Int, column: Int) -> SourceLocation {
        guard let map = columnMaps[line], !map.isEmpty else {
            return SourceLocation(line: line, column: column)
        }
        // Past the end of the line (an error "at the end of the line") stays past the end.
        let mapped = column <= map.count ? map[column - 1] : map[map.count - 1] + column - map.count
        return SourceLocation(line: line, column: mapped)
    }

    /// The warnings for removed characters and the errors for lines cut at the length limit.
    func diagnostics(file: String) -> [Diagnostic] {
        let cuts = overlongLines.map { line in
            let limit = LessonLimits.lineCharacters
            let column = location(line: line, column: limit + 1).column
            return Diagnostic(
                .error, file: file, line: line, column: column,
                Messages.text("lint.source.line-too-long", ["limit": "\(limit)"])
            )
        }
        return cuts
            + removals.map { location, scalar in
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                let message =
                    (0x202A...0x2069).contains(scalar.value)
                    ? Messages.text("lint.source.bidi-removed", ["code": code])
                    : Messages.text("lint.source.control-removed", ["code": code])
                return Diagnostic(.warning, file: file, line: location.line, column: location.column, message)
            }
    }
}
