import Lessons
import Stage
import TextRendering

/// One lesson page as the student sees it: a header, the page's blocks with the student's
/// answers so far, and a footer saying what to type next.
struct PageView {
    let lesson: Lesson
    let pageIndex: Int
    let progress: LessonProgress
    /// The demos this build can run; a demo block says whether it is one of them.
    let catalog: (any DemoSignatures)?
    /// Where the page is read, which decides what the hints tell the reader to type.
    var context: Context = .tutor

    /// The tutor's REPL, whose commands the page names; or `spindle show`, where no REPL
    /// command works and a demo is run from the shell.
    enum Context {
        case tutor
        case preview
    }

    /// The page as terminal text.
    func render(options: RenderOptions) -> String {
        let page = lesson.pages[pageIndex]
        var blocks: [[String]] = [header(page, options: options)]
        var index = 0
        let elements = page.elements
        while index < elements.count {
            if case .code(let first) = elements[index], index + 1 < elements.count,
                case .code(let second) = elements[index + 1], Self.isPair(first, second)
            {
                blocks.append(
                    CodeRenderer.renderPair(
                        (first.language, first.code), (second.language, second.code), options: options))
                index += 2
                continue
            }
            blocks.append(render(elements[index], options: options))
            index += 1
        }
        blocks.append(footer(page, options: options))
        return blocks.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
            + "\n"
    }

    /// A Python block next to its Spindle equivalent is shown side by side when the width allows.
    static func isPair(_ first: CodeBlock, _ second: CodeBlock) -> Bool {
        Set([first.language, second.language]) == ["python", "swift"]
    }

    private func header(_ page: Page, options: RenderOptions) -> [String] {
        let title =
            "# Lesson \(TutorSession.number(lesson.order)) · \(lesson.title)\n\n"
            + "**Page \(pageIndex + 1) of \(lesson.pages.count): \(page.title)**"
        return MarkdownRenderer.render(title, options: options)
    }

    private func render(_ element: PageElement, options: RenderOptions) -> [String] {
        switch element {
        case .prose(let prose):
            return MarkdownRenderer.render(prose.markdown, options: options)
        case .code(let block):
            return CodeRenderer.render(code: block.code, language: block.language, options: options)
        case .demo(let demo):
            return render(demo, options: options)
        case .prediction(let prediction):
            return render(prediction, options: options)
        case .quiz(let quiz):
            return render(quiz, options: options)
        }
    }

    private func render(_ demo: DemoBlock, options: RenderOptions) -> [String] {
        let call = ([demo.name] + demo.arguments.map { "\($0.name)=\($0.value)" }).joined(separator: " ")
        var text = "▶ **Demo** `\(call)`"
        if !demo.caption.isEmpty { text += "\n\n" + demo.caption }
        let runs = catalog?.signature(of: demo.name) != nil
        switch (runs, context) {
        case (true, .tutor): text += "\n\nType `run` to watch it."
        case (true, .preview): text += "\n\nWatch it with `spindle run \(call)`."
        case (false, _): text += "\n\n*This demo is not part of this build of Spindle yet.*"
        }
        return MarkdownRenderer.render(text, options: options)
    }

    private func render(_ prediction: Prediction, options: RenderOptions) -> [String] {
        let state = progress.questions[prediction.id]
        var lines = MarkdownRenderer.render(
            "**Predict** before you run it: " + prediction.question, options: options)
        lines += choiceLines(prediction.choices.map(\.text), options: options)
        if let answer = state?.answer {
            let verdict = state?.correct.map { $0 ? " (right)" : " (the demo said otherwise)" } ?? ""
            lines.append("Your prediction: \(answer)\(verdict)")
        } else if context == .tutor {
            lines += MarkdownRenderer.render("Type `answer` and a letter, e.g. `answer a`.", options: options)
        }
        return lines
    }

    private func render(_ quiz: Quiz, options: RenderOptions) -> [String] {
        let state = progress.questions[quiz.id]
        var lines = MarkdownRenderer.render("**Quiz:** " + quiz.question, options: options)
        switch quiz.answer {
        case .choice(let options_, _):
            lines += choiceLines(options_, options: options)
        case .text:
            break
        }
        let revealed = quiz.hints.prefix(state?.hintsUsed ?? 0)
        for (number, hint) in revealed.enumerated() {
            lines += MarkdownRenderer.render("**Hint \(number + 1):** " + hint, options: options)
        }
        if state?.correct == true, let answer = state?.answer {
            lines.append("✓ You answered: \(TerminalText.sanitize(answer))")
            lines += MarkdownRenderer.render(quiz.explanation, options: options)
        } else if context == .tutor {
            let how =
                if case .choice = quiz.answer { "a letter, e.g. `answer a`" } else { "your answer in words" }
            let hintNote = quiz.hints.isEmpty ? "" : "; `hint` helps"
            lines += MarkdownRenderer.render("Type `answer` and \(how)\(hintNote).", options: options)
        }
        return lines
    }

    /// Choices as `a) text`, wrapped with a hanging indent under the text.
    private func choiceLines(_ choices: [String], options: RenderOptions) -> [String] {
        let inner = RenderOptions(width: max(10, options.width - 5), color: options.color)
        return choices.enumerated().flatMap { index, choice in
            MarkdownRenderer.render(choice, options: inner).enumerated().map { lineNumber, line in
                (lineNumber == 0 ? "  \(AnswerMatching.letter(index))) " : "     ") + line
            }
        }
    }

    private func footer(_ page: Page, options: RenderOptions) -> [String] {
        var steps = ["Page \(pageIndex + 1) of \(lesson.pages.count)"]
        let rule = String(repeating: "─", count: min(options.width, 60))
        guard context == .tutor else { return [rule] + MarkdownRenderer.render(steps[0], options: options) }
        if pageIndex + 1 < lesson.pages.count { steps.append("`next` page") }
        if pageIndex > 0 { steps.append("`back`") }
        steps.append("`help` commands")
        return [rule] + MarkdownRenderer.render(steps.joined(separator: " · "), options: options)
    }
}
