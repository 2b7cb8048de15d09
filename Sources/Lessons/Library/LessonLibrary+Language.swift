import Messages

extension LessonLibrary {
    /// The course as a student reading `language` takes it: each lesson replaced by its
    /// translation where there is one, the rest kept in English and listed in ``untranslated``.
    /// Ids, order numbers, questions and demos are the same, so progress carries over, and
    /// ``inLanguage(_:)`` of the result may choose another language again.
    public func inLanguage(_ language: Language) -> LessonLibrary {
        var library = self
        library.language = language
        library.lessons = originals
        library.untranslated = []
        guard language != .english else { return library }
        let byID = LessonKey.replacements(
            translations.filter { TranslationFolder.language(ofFile: $0.file) == language }, id: \.id)
        library.lessons = originals.map { byID[$0.id] ?? $0 }
        library.untranslated = Set(originals.map(\.id).filter { byID[$0] == nil })
        return library
    }
}

extension LessonLibrary {
    /// The library as `spindle lint --lang` reports it: the lessons written in `language` (the
    /// originals for English, else that language's translations) and only the problems found in
    /// their files. Everything was still checked together, so a translation's drift from its
    /// original is among them.
    public func checkedIn(_ language: Language) -> LessonLibrary {
        let inLanguage = { (file: String) in
            (TranslationFolder.language(ofFile: file) ?? .english) == language
        }
        let kept = language == .english ? originals : translations.filter { inLanguage($0.file) }
        var library = LessonLibrary(lessons: kept, diagnostics: diagnostics.filter { inLanguage($0.file) })
        library.language = language
        return library
    }
}
