import Messages

/// Layout mistakes in a YAML block that Yams either reports with a message about something else
/// or accepts with another meaning, found before the block is composed so the instructor reads
/// what is really wrong, at its line.
enum YAMLLayout {
    /// The first such mistake: a tab in the indentation (tabs are already spaces in the cleaned
    /// text, so Yams cannot name them), or a list item indented past the item above it, which
    /// YAML folds into that item's text (`- a` then `   - b` is one choice, `a - b`).
    /// Levels of YAML nesting allowed, by indentation, `- ` items or brackets.
    static let maxDepth = 32

    static func firstProblem(in lines: [BlockLine], log: DiagnosticLog) -> (
        message: String, location: SourceLocation
    )? {
        var previousItem: (indent: Int, line: Int, holdsText: Bool)?
        var bracketDepth = 0
        for line in lines {
            let indent = line.text.prefix { $0 == " " }.count
            let content = line.text.dropFirst(indent)
            if content.isEmpty || content.first == "#" { continue }
            // Yams builds nodes recursively, so deep nesting would exhaust the stack; no lesson
            // block needs more than a few levels. Brackets inside quotes count too: a rare false
            // alarm is cheaper than telling quoted text from structure here.
            var chain = 0
            var items = content
            while items.hasPrefix("- ") || items == "-" {
                chain += 1
                items = items.dropFirst().drop { $0 == " " }
            }
            for character in content where "[{]}".contains(character) {
                bracketDepth += "[{".contains(character) ? 1 : -1
                if bracketDepth > maxDepth { break }
            }
            if indent / 2 + chain > maxDepth || bracketDepth > maxDepth {
                return (
                    Messages.text("lint.yaml.too-deep", ["max": "\(maxDepth)"]),
                    log.location(line: line.line, column: line.offset + indent + 1)
                )
            }
            if let tab = log.source.firstTabColumns[line.line],
                tab < log.location(line: line.line, column: line.offset + indent + 1).column
            {
                return (
                    Messages.text("lint.yaml.tab"),
                    SourceLocation(line: line.line, column: tab)
                )
            }
            guard content == "-" || content.hasPrefix("- ") else {
                previousItem = nil
                continue
            }
            if let previous = previousItem, previous.holdsText, indent > previous.indent {
                return (
                    Messages.text(
                        "lint.yaml.item-indented",
                        ["extra": "\(indent - previous.indent)", "line": "\(previous.line)"]),
                    log.location(line: line.line, column: line.offset + indent + 1)
                )
            }
            let text = content.dropFirst().drop { $0 == " " }
            let opensStructure =
                text.isEmpty || text.hasSuffix(":") || text.hasPrefix("-")
                || text.hasPrefix("|") || text.hasPrefix(">") || text.contains(": ")
            previousItem = (indent, line.line, !opensStructure)
        }
        return nil
    }
}
