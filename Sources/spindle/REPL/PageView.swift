import Lessons
import Messages
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
            Messages.text(
                "page.heading", ["number": TutorSession.number(lesson.order), "title": lesson.title])
            + "\n\n"
            + Messages.text(
                "page.subheading",
                ["page": "\(pageIndex + 1)", "count": "\(lesson.pages.count)", "title": page.title])
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
        let call = demo.call
        var text = Messages.text("page.demo", ["call": call])
        if !demo.caption.isEmpty { text += "\n\n" + demo.caption }
        let runs = catalog?.signature(of: demo.name) != nil
        switch (runs, context) {
        case (true, .tutor): text += "\n\n" + Messages.text("page.demo.run")
        case (true, .preview): text += "\n\n" + Messages.text("page.demo.preview", ["call": call])
        case (false, _): text += "\n\n" + Messages.text("page.demo.missing")
        }
        return MarkdownRenderer.render(text, options: options)
    }

    private func render(_ prediction: Prediction, options: RenderOptions) -> [String] {
        let state = progress.questions[prediction.id]
        var lines = MarkdownRenderer.render(
            Messages.text("page.predict", ["question": prediction.question]), options: options)
        lines += choiceLines(prediction.choices.map(\.text), options: options)
        if let answer = state?.answer {
            let key =
                state?.correct.map { $0 ? "page.prediction.right" : "page.prediction.wrong" }
                ?? "page.prediction"
            lines.append(Messages.text(key, ["answer": answer]))
        } else if context == .tutor {
            lines += MarkdownRenderer.render(Messages.text("page.how.letter"), options: options)
        }
        return lines
    }

    private func render(_ quiz: Quiz, options: RenderOptions) -> [String] {
        let state = progress.questions[quiz.id]
        var lines = MarkdownRenderer.render(
            Messages.text("page.quiz", ["question": quiz.question]), options: options)
        switch quiz.answer {
        case .choice(let options_, _):
            lines += choiceLines(options_, options: options)
        case .text:
            break
        }
        let revealed = quiz.hints.prefix(state?.hintsUsed ?? 0)
        for (number, hint) in revealed.enumerated() {
            lines += MarkdownRenderer.render(
                Messages.text("page.hint", ["number": "\(number + 1)", "hint": hint]), options: options)
        }
        if state?.correct == true, let answer = state?.answer {
            lines.append(Messages.text("page.answered", ["answer": TerminalText.sanitize(answer)]))
            lines += MarkdownRenderer.render(quiz.explanation, options: options)
        } else if context == .tutor {
            let how = if case .choice = quiz.answer { "page.how.letter" } else { "page.how.words" }
            let key = quiz.hints.isEmpty ? how : how + ".hint"
            lines += MarkdownRenderer.render(Messages.text(key), options: options)
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
        var steps = [
            Messages.text(
                "page.footer.position", ["page": "\(pageIndex + 1)", "count": "\(lesson.pages.count)"])
        ]
        let rule = String(repeating: "─", count: min(options.width, 60))
        guard context == .tutor else { return [rule] + MarkdownRenderer.render(steps[0], options: options) }
        if pageIndex + 1 < lesson.pages.count { steps.append(Messages.text("page.footer.next")) }
        if pageIndex > 0 { steps.append("`back`") }
        steps.append(Messages.text("page.footer.help"))
        return [rule] + MarkdownRenderer.render(steps.joined(separator: " · "), options: options)
    }
}
