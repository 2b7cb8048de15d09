/// Code without its comments: what a translation must keep byte for byte, since only comments
/// are translated. Understands the line comments of Python (`#`) and of Swift and C (`//`),
/// outside string literals; trailing spaces go too, and lines left empty, so a comment that
/// grew onto a line of its own in translation does not count as a change of code.
enum CodeComments {
    /// `code` without comments, or nil for a language whose comments are not known here: a
    /// `text` block may be a legend the translator translates as well as a program's output.
    static func stripped(_ code: String, language: String) -> String? {
        guard let marker = marker(of: language) else { return nil }
        return code.split(separator: "\n", omittingEmptySubsequences: false)
            .map { withoutComment(String($0), marker: marker) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// `language` is one of `BlockDispatcher.codeLanguages`, already lowercased.
    private static func marker(of language: String) -> String? {
        switch language {
        case "python": "#"
        case "swift", "c": "//"
        default: nil
        }
    }

    /// The line up to its comment, with trailing spaces removed.
    private static func withoutComment(_ line: String, marker: String) -> String {
        var quote: Character?
        var escaped = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let open = quote {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == open {
                    quote = nil
                }
            } else if character == "\"" || character == "'" && marker == "#" {
                quote = character
            } else if line[index...].hasPrefix(marker) {
                return trimmedTrailing(line[..<index])
            }
            index = line.index(after: index)
        }
        return trimmedTrailing(line[...])
    }

    private static func trimmedTrailing(_ text: Substring) -> String {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)].isWhitespace {
            end = text.index(before: end)
        }
        return String(text[..<end])
    }
}
