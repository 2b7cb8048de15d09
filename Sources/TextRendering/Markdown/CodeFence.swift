/// A code fence line as CommonMark defines it: three or more backticks or tildes, indented at
/// most three spaces, then an info string. The one reading of a fence that both the lesson
/// parser (which splits a lesson around its fenced blocks) and the Markdown renderer use, so the
/// two can never disagree about where a block starts or ends.
public struct CodeFence: Sendable {
    /// `` ` `` or `~`.
    public let character: Character
    /// How many of `character` the fence has (at least 3).
    public let length: Int
    /// Spaces before the fence (at most 3).
    public let indent: Int
    /// The info string's words, each with its 1-based column in the line.
    public let infoWords: [(text: Substring, column: Int)]

    /// The first word of the info string, e.g. `python` in ```` ```python title="x" ````.
    public var language: String { infoWords.first.map { String($0.text) } ?? "" }

    /// The fence `line` opens or closes, or nil when it is not a fence line.
    public init?(_ line: String) {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        guard indent <= 3, let character = rest.first, character == "`" || character == "~" else {
            return nil
        }
        let length = rest.prefix { $0 == character }.count
        let info = rest.dropFirst(length)
        // Backticks in a backtick fence's info string make it inline code, not a fence.
        guard length >= 3, character == "~" || !info.contains("`") else { return nil }
        self.character = character
        self.length = length
        self.indent = indent
        var words: [(Substring, Int)] = []
        var column = indent + length + 1
        var remaining = info[...]
        while !remaining.isEmpty {
            let spaces = remaining.prefix { $0 == " " }.count
            column += spaces
            remaining = remaining.dropFirst(spaces)
            let word = remaining.prefix { $0 != " " }
            if !word.isEmpty { words.append((word, column)) }
            column += word.count
            remaining = remaining.dropFirst(word.count)
        }
        infoWords = words
    }

    /// Whether `line` closes this fence: the same character, at least as many, no info string.
    public func isClosed(by line: String) -> Bool {
        guard let closing = CodeFence(line) else { return false }
        return closing.character == character && closing.length >= length && closing.infoWords.isEmpty
    }
}
