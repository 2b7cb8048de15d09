extension FrontMatter {
    /// The lines of `text` that ``read(_:)`` looks at: up to the line that closes the front
    /// matter, or the whole text when none does. Reading the front matter from them gives what
    /// reading it from the whole file gives, without cleaning the lines of every page first.
    static func head(of text: String) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var isFirstLine = true
        while start < scalars.endIndex {
            let end = scalars[start...].firstIndex(of: "\n") ?? scalars.endIndex
            if !isFirstLine, closes(scalars[start..<end]) { return String(scalars[..<end]) }
            isFirstLine = false
            guard end < scalars.endIndex else { break }
            start = scalars.index(after: end)
        }
        return text
    }

    /// Whether a line after the first, cleaned as ``SourceText`` cleans it, is a `---` line.
    private static func closes(_ line: Substring.UnicodeScalarView) -> Bool {
        // Cleaning only removes characters and widens tabs, so a line without `-` cannot close.
        guard line.contains("-") else { return false }
        // After a line feed, as in the file: a byte order mark is dropped only at the very start.
        let cleaned = SourceText("\n" + String(line)).lines
        return cleaned.count == 2 && isDelimiter(cleaned[1])
    }
}
