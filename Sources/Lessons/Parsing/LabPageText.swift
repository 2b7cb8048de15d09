import Messages

/// What a lab's page shows where its block stands: the title, the goal as written, and what to
/// type to play it. Hints and the explanation stay off the page: they belong to the lab itself.
enum LabPageText {
    static func markdown(for lab: LabBlock, labsOnPage: Int, in language: Language) -> String {
        let command = labsOnPage > 1 ? "lab \(lab.id)" : "lab"
        return Messages.text(
            "lint.lab-page", ["title": lab.title, "goal": codeSpan(lab.goal), "command": command],
            in: language)
    }

    /// `text` as inline code that shows it verbatim: fenced by one backtick more than its longest
    /// run of them, and padded with spaces when it starts or ends with one, as CommonMark reads it.
    static func codeSpan(_ text: String) -> String {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + padding + text + padding + fence
    }
}
