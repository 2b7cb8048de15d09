import Messages
import TextRendering

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

    /// The file line of the body's first non-blank line, where `trimmedText` starts.
    var firstTextLine: Int {
        body.first { !$0.text.allSatisfy(\.isWhitespace) }?.line ?? line + 1
    }

    /// The body as one string, without leading or trailing blank lines.
    var trimmedText: String {
        let texts = body.map(\.text)
        let isBlank = { (line: String) in line.allSatisfy(\.isWhitespace) }
        guard let first = texts.firstIndex(where: { !isBlank($0) }),
            let last = texts.lastIndex(where: { !isBlank($0) })
        else { return "" }
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
    /// is reported at the line that opens it, and the lines after it are read as if it were not
    /// there, so the rest of the file is still checked rather than swallowed.
    static func segments(lines: [String], from start: Int, log: DiagnosticLog) -> [BodySegment] {
        let closers = LongestClosers(lines: lines, from: start)
        var segments: [BodySegment] = []
        var index = start
        var shortClosers: Set<Int> = []
        while index < lines.count {
            if shortClosers.contains(index) {
                index += 1
                continue
            }
            guard let opening = CodeFence(lines[index]) else {
                segments.append(.line(index + 1))
                index += 1
                continue
            }
            let openLine = index + 1
            let location = log.location(line: openLine, column: opening.indent + 1)
            // Known before scanning, so an unclosed fence costs one line, not the rest of the file.
            guard closers.longest(of: opening.character, after: index) >= opening.length else {
                let marks = Messages.text(
                    opening.character == "`" ? "lint.fence.backticks" : "lint.fence.tildes")
                // When the next fence line is a bare fence of the same character, itself never
                // closed, it is the closer the author meant, only too short: it is named here
                // rather than reported as a second unclosed fence.
                var message = Messages.text(
                    "lint.fence.unclosed", ["count": "\(opening.length)", "marks": marks])
                if let next = closers.nextBareFence(of: opening.character, after: index),
                    closers.nextFence(after: index) == next,
                    let short = CodeFence(lines[next]),
                    closers.longest(of: short.character, after: next) < short.length
                {
                    shortClosers.insert(next)
                    message = Messages.text(
                        "lint.fence.unclosed-short",
                        [
                            "count": "\(opening.length)", "marks": marks, "line": "\(next + 1)",
                            "short": "\(short.length)",
                        ])
                }
                log.error(message, at: location)
                segments.append(.unclosedFence(location))
                index += 1
                continue
            }
            var body: [BlockLine] = []
            index += 1
            while !opening.isClosed(by: lines[index]) {
                let text = lines[index]
                let stripped = min(opening.indent, text.prefix { $0 == " " }.count)
                body.append(
                    BlockLine(text: String(text.dropFirst(stripped)), line: index + 1, offset: stripped))
                index += 1
            }
            index += 1
            let words = opening.infoWords.map {
                (String($0.text), log.location(line: openLine, column: $0.column))
            }
            segments.append(.fence(FencedBlock(location: location, words: words, body: body)))
        }
        return segments
    }
}

/// For each line, the longest closing fence of each character at or after it, and the nearest
/// one: computed once, so finding out whether a fence is closed never rescans the file.
private struct LongestClosers {
    private var backticks: [Int]
    private var tildes: [Int]
    private var nextBacktick: [Int?]
    private var nextTilde: [Int?]
    private var nextAny: [Int?]

    init(lines: [String], from start: Int) {
        backticks = Array(repeating: 0, count: lines.count + 1)
        tildes = backticks
        nextBacktick = Array(repeating: nil, count: lines.count + 1)
        nextTilde = nextBacktick
        nextAny = nextBacktick
        for index in stride(from: lines.count - 1, through: start, by: -1) {
            backticks[index] = backticks[index + 1]
            tildes[index] = tildes[index + 1]
            nextBacktick[index] = nextBacktick[index + 1]
            nextTilde[index] = nextTilde[index + 1]
            guard let fence = CodeFence(lines[index]) else {
                nextAny[index] = nextAny[index + 1]
                continue
            }
            nextAny[index] = index
            guard fence.infoWords.isEmpty else { continue }
            if fence.character == "`" {
                backticks[index] = max(backticks[index], fence.length)
                nextBacktick[index] = index
            } else {
                tildes[index] = max(tildes[index], fence.length)
                nextTilde[index] = index
            }
        }
    }

    /// The longest closing fence of `character` on a line after `index`.
    func longest(of character: Character, after index: Int) -> Int {
        character == "`" ? backticks[index + 1] : tildes[index + 1]
    }

    /// The index of the first fence line of any kind after `index`.
    func nextFence(after index: Int) -> Int? {
        nextAny[index + 1]
    }

    /// The index of the first closing fence of `character`, of any length, after `index`.
    func nextBareFence(of character: Character, after index: Int) -> Int? {
        character == "`" ? nextBacktick[index + 1] : nextTilde[index + 1]
    }
}
