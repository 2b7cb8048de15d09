import Messages

extension LessonLinter {
    /// The checks of each translation: every check of a lesson that does not concern the course
    /// as a whole (demo blocks, labs, screen fit, spoilers), and then its match with its
    /// original among `originals` or `references`. Only a translation without an original, or a second one of
    /// the same lesson and language, is a course-level problem. `originals` are taken as checked
    /// on their own, `references` (originals read only to compare with) as not.
    public func lint(translations: [Lesson], of originals: [Lesson], references: [Lesson] = [])
        -> [Diagnostic]
    {
        var diagnostics: [Diagnostic] = []
        var seen: [LessonKey: Lesson] = [:]
        for translation in translations {
            guard let language = TranslationFolder.language(ofFile: translation.file) else { continue }
            let checkedOriginal = originals.first(where: { $0.id == translation.id })
            // A translation without its own copy of a lab's program plays the original's file,
            // which the original's checks already explore.
            diagnostics += checks(of: translation, sameLabsAs: checkedOriginal)
            if let first = seen[LessonKey(translation)] {
                diagnostics.append(
                    Diagnostic(
                        .error, file: translation.file, line: translation.locations.id.line,
                        column: translation.locations.id.column,
                        Messages.text(
                            "lint.translation.second",
                            ["language": language.tag, "id": translation.id, "file": first.file])))
                continue
            }
            seen[LessonKey(translation)] = translation
            guard let original = checkedOriginal ?? references.first(where: { $0.id == translation.id })
            else {
                let hint = Suggestions.hint(for: translation.id, in: (originals + references).map(\.id))
                diagnostics.append(
                    Diagnostic(
                        .error, file: translation.file, line: translation.locations.id.line,
                        column: translation.locations.id.column,
                        Messages.text(
                            "lint.translation.no-original",
                            [
                                "id": translation.id,
                                "fix": hint.isEmpty ? Messages.text("lint.hint.translation-takes-id") : hint,
                            ])))
                continue
            }
            diagnostics += TranslationChecks(translation: translation, original: original, language: language)
                .diagnostics()
        }
        return diagnostics
    }
}
