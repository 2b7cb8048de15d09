import Messages

/// Checks that a lesson reads on the smallest screen it is written for (`LessonScreen`): no page
/// taller than the rows above the prompt, no code line wider than a code block may be. Both are
/// warnings: the lesson works, but the student scrolls or sees `…` where code was.
struct ScreenFitChecks {
    let lesson: Lesson
    /// Nil when no renderer is at hand: heights are then not checked, widths are counted in
    /// characters.
    let layout: (any PageLayout)?

    func diagnostics() -> [Diagnostic] {
        lesson.pages.indices.flatMap { index in
            pageHeight(index) + lesson.pages[index].elements.flatMap(codeWidths)
        }
    }

    private func pageHeight(_ index: Int) -> [Diagnostic] {
        guard let layout else { return [] }
        let rows = layout.rows(of: lesson, pageIndex: index, columns: LessonScreen.columns)
        guard rows > LessonScreen.pageRows else { return [] }
        let page = lesson.pages[index]
        return [
            warning(
                line: page.line, column: 1,
                Messages.text(
                    "lint.screen.page-too-tall",
                    [
                        "page": page.title, "rows": "\(rows)", "columns": "\(LessonScreen.columns)",
                        "max": "\(LessonScreen.pageRows)",
                    ])
            )
        ]
    }

    /// The code's first line is the one after the fence; blank lines at the block's start were
    /// trimmed, so they are counted back from the fence to find each line's number.
    private func codeWidths(_ element: PageElement) -> [Diagnostic] {
        guard case .code(let block) = element else { return [] }
        return block.code.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap {
            offset, line in
            let width = layout?.columns(of: String(line)) ?? line.count
            guard width > LessonScreen.codeColumns else { return nil }
            return warning(
                line: block.firstCodeLine + offset, column: LessonScreen.codeColumns + 1,
                Messages.text(
                    "lint.screen.code-too-wide",
                    [
                        "width": "\(width)", "max": "\(LessonScreen.codeColumns)",
                        "columns": "\(LessonScreen.columns)",
                    ])
            )
        }
    }

    private func warning(line: Int, column: Int, _ message: String) -> Diagnostic {
        Diagnostic(.warning, file: lesson.file, line: line, column: column, message)
    }
}
