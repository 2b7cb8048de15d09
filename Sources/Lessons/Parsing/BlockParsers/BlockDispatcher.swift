import Messages

/// Turns a fenced block into a page element according to the first word of its info string.
enum BlockDispatcher {
    /// Languages a code block may be labelled with; the stage knows how to colour these.
    static let codeLanguages = [
        "python", "swift", "c", "sh", "shell", "console", "text", "json", "yaml", "output",
    ]
    private static let interactiveKinds = ["demo", "predict", "quiz", "lab"]

    /// The element, or nil when the block is broken (already reported).
    static func element(for block: FencedBlock, session: ParseSession) -> PageElement? {
        guard let kindWord = block.words.first else {
            return .code(
                CodeBlock(
                    language: "text", code: block.trimmedText, line: block.line,
                    firstCodeLine: block.firstTextLine))
        }
        let kind = kindWord.text.lowercased()
        switch kind {
        case "demo":
            return DemoBlockParser.parse(block, session: session).map(PageElement.demo)
        case "predict":
            return PredictionParser.parse(block, session: session).map(PageElement.prediction)
        case "quiz":
            return QuizParser.parse(block, session: session).map(PageElement.quiz)
        case "lab":
            // The page's text for it is written once the page is complete (`PageBuilder`).
            return LabParser.parse(block, session: session).map {
                .prose(Prose(markdown: "", line: block.line, lab: $0))
            }
        case _ where codeLanguages.contains(kind):
            return .code(
                CodeBlock(
                    language: kind, code: block.trimmedText, line: block.line,
                    firstCodeLine: block.firstTextLine))
        default:
            let hint = Suggestions.hint(for: kind, in: interactiveKinds + codeLanguages)
            session.log.error(
                Messages.text("lint.block.unknown-kind", ["kind": kindWord.text, "hint": hint]),
                at: kindWord.location)
            return nil
        }
    }
}
