/// A fenced block (```` ``` ```` or `~~~`) of the lesson body.
struct FencedBlock {
    /// Where the opening fence starts.
    var location: SourceLocation
    /// Line of the opening fence.
    var line: Int { location.line }
    /// The info string's words with the file location of each, e.g. `demo`, `shared-counter`, `workers=4`.
    var words: [(text: String, location: SourceLocation)]
    /// The lines between the fences.
    var body: [BlockLine]

    /// The body as one string, without leading or trailing blank lines.
    var trimmedText: String {
        let texts = body.map(\.text)
        let isBlank = { (line: String) in line.allSatisfy(\.isWhitespace) }
        guard let first = texts.firstIndex(where: { !isBlank($0) }),
              let last = texts.lastIndex(where: { !isBlank($0) }) else { return "" }
        return texts[first...last].joined(separator: "\n")
    }
}

/// A piece of the lesson body: an ordinary line or a whole fenced block.
enum BodySegment {
    /// A line outside any fence, by 1-based line number.
    case line(Int)
    /// A fenced block.
    case fence(FencedBlock)
    /// A fence that is never closed (already reported), starting here; it counts as page content
    /// so the page is not also reported as empty.
    case unclosedFence(SourceLocation)
}

/// Separates fenced blocks from the rest of the body first, so that a `## ` or `# ` inside a code
/// sample is never taken for a heading.
enum FenceScanner {
    /// Follows CommonMark: a fence is three or more backticks or tildes indented at most three
    /// spaces, and is closed by a line of the same character at least as long. An unclosed fence
    /// is reported and swallows the rest of the file, as it would in any markdown viewer.
    static func segments(lines: [String], from start: Int, log: DiagnosticLog) -> [BodySegment] {
        var segments: [BodySegment] = []
        var index = start
        while index < lines.count {
            guard let opening = Fence(lines[index]) else {
                segments.append(.line(index + 1))
                index += 1
                continue
            }
            let openLine = index + 1
            var body: [BlockLine] = []
            index += 1
            while index < lines.count, !opening.isClosed(by: lines[index]) {
                let text = lines[index]
                let stripped = min(opening.indent, text.prefix { $0 == " " }.count)
                body.append(BlockLine(text: String(text.dropFirst(stripped)), line: index + 1, offset: stripped))
                index += 1
            }
            let location = log.location(line: openLine, column: opening.indent + 1)
            guard index < lines.count else {
                let marks = opening.character == "`" ? "backticks" : "tildes"
                log.error("code fence is never closed; end the block with a line of \(opening.length) \(marks)", at: location)
                segments.append(.unclosedFence(location))
                break
            }
            index += 1
            let words = opening.infoWords.map { (String($0.text), log.location(line: openLine, column: $0.column)) }
            segments.append(.fence(FencedBlock(location: location, words: words, body: body)))
        }
        return segments
    }
}

/// An opening or closing fence line.
private struct Fence {
    var character: Character
    var length: Int
    var indent: Int
    /// The info string's words with their 1-based columns in the cleaned line.
    var infoWords: [(text: Substring, column: Int)]

    init?(_ line: String) {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3, let character = line.dropFirst(indent).first, character == "`" || character == "~" else {
            return nil
        }
        let length = line.dropFirst(indent).prefix { $0 == character }.count
        let info = line.dropFirst(indent + length)
        // Backticks in a backtick fence's info string make it inline code, not a fence.
        guard length >= 3, character == "~" || !info.contains("`") else { return nil }
        self.character = character
        self.length = length
        self.indent = indent
        var words: [(Substring, Int)] = []
        var column = indent + length + 1
        var rest = info[...]
        while !rest.isEmpty {
            let spaces = rest.prefix { $0 == " " }.count
            column += spaces
            rest = rest.dropFirst(spaces)
            let word = rest.prefix { $0 != " " }
            if !word.isEmpty { words.append((word, column)) }
            column += word.count
            rest = rest.dropFirst(word.count)
        }
        infoWords = words
    }

    func isClosed(by line: String) -> Bool {
        guard let closing = Fence(line) else { return false }
        return closing.character == character && closing.length >= length && closing.infoWords.isEmpty
    }
}
