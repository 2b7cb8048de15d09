import Messages

/// Checks that a translation still matches its original: the same front matter that is not
/// prose, the same pages and, page by page, the same blocks in the same order with the same
/// ids, demo lines, answers and grading conditions, and code that differs only in comments.
/// A student's progress and grading are keyed to these, so a translation that drifts would
/// grade differently, or lose a question, in one language only.
///
/// Each drift is reported once, at the place in the translation, naming the original's file and
/// line, so an instructor can open both.
struct TranslationChecks {
    let translation: Lesson
    let original: Lesson
    let language: Language

    func diagnostics() -> [Diagnostic] {
        var diagnostics = frontMatter()
        let pairs = zip(translation.pages, original.pages)
        for (page, originalPage) in pairs {
            diagnostics += blocks(of: page, against: originalPage)
        }
        if translation.pages.count != original.pages.count {
            let extra = translation.pages.dropFirst(original.pages.count).first
            let line = extra?.line ?? translation.pages.last?.line ?? 1
            let originalLine =
                original.pages.dropFirst(translation.pages.count).first?.line ?? original.pages.last?.line
                ?? 1
            diagnostics.append(
                drift(
                    at: SourceLocation(line: line, column: 1), originalLine: originalLine,
                    Messages.text(
                        "lint.translation.page-count",
                        ["pages": "\(translation.pages.count)", "original": "\(original.pages.count)"])))
        }
        return diagnostics
    }

    private func frontMatter() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if translation.locale != language.tag {
            diagnostics.append(
                error(
                    at: translation.locations.locale,
                    Messages.text(
                        "lint.translation.locale", ["folder": language.tag, "locale": translation.locale])))
        }
        if translation.order != original.order {
            diagnostics.append(
                drift(
                    at: translation.locations.order, originalLine: original.locations.order.line,
                    Messages.text(
                        "lint.translation.order",
                        ["order": "\(translation.order)", "original": "\(original.order)"])))
        }
        if translation.requires != original.requires {
            diagnostics.append(
                drift(
                    at: translation.locations.id, originalLine: original.locations.id.line,
                    Messages.text(
                        "lint.translation.requires", ["requires": original.requires.joined(separator: ", ")]))
            )
        }
        return diagnostics
    }

    /// The first block of `page` that differs from `originalPage`'s block in the same place; one
    /// diagnostic per page, since every later block would differ too once one is missing.
    private func blocks(of page: Page, against originalPage: Page) -> [Diagnostic] {
        let elements = page.elements.map(BlockShape.init)
        let originals = originalPage.elements.map(BlockShape.init)
        for (index, (shape, originalShape)) in zip(elements, originals).enumerated()
        where shape != originalShape {
            let what = BlockShape.difference(shape, originalShape)
            return [
                drift(
                    at: SourceLocation(line: page.elements[index].line, column: 1),
                    originalLine: originalPage.elements[index].line,
                    Messages.text(
                        "lint.translation.block",
                        ["number": "\(index + 1)", "page": originalPage.title, "difference": what]))
            ]
        }
        guard elements.count != originals.count else { return [] }
        let index = min(elements.count, originals.count)
        let line = index < page.elements.count ? page.elements[index].line : page.line
        let originalLine =
            index < originalPage.elements.count ? originalPage.elements[index].line : originalPage.line
        let kinds = { (shapes: [BlockShape]) in shapes.map(\.kind).joined(separator: ", ") }
        return [
            drift(
                at: SourceLocation(line: line, column: 1), originalLine: originalLine,
                Messages.text(
                    "lint.translation.blocks",
                    ["page": originalPage.title, "blocks": kinds(elements), "original": kinds(originals)]))
        ]
    }

    private func drift(at location: SourceLocation, originalLine: Int, _ message: String) -> Diagnostic {
        error(
            at: location,
            Messages.text(
                "lint.translation.drift",
                ["original": "\(original.file):\(originalLine)", "problem": message]))
    }

    private func error(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, file: translation.file, line: location.line, column: location.column, message)
    }
}
