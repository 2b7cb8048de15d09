import Messages

extension LessonLibrary {
    /// The lessons that ``load(course:catalog:layout:labChecker:)`` gives, in the same order and,
    /// like ``inLanguage(_:)``, each in its `language` translation where there is one, with only
    /// their front matter read, for a listing of the course. Nothing is checked, and a file that
    /// gives no lesson there is left out here too.
    public static func entries(of course: CourseSource, in language: Language = .english) -> [LessonEntry] {
        // Only originals and translations into `language` are read: reading the front matter of
        // every other translation as well cost `spindle lessons` a tenth of its time.
        let wanted = { (file: String) in
            let folderLanguage = TranslationFolder.language(ofFile: file)
            return folderLanguage == nil || (language != .english && folderLanguage == language)
        }
        let all: [LessonEntry]
        switch course {
        case .folder(let folder):
            all = entries(at: [folder], where: wanted).sorted { $0.file < $1.file }
        case .builtIn(let overlay):
            let builtIn = BuiltInCourse.lessonFiles.compactMap { lesson in
                let file = BuiltInCourse.folderName + "/" + lesson.path
                return wanted(file) ? LessonEntry(text: lesson.text, file: file) : nil
            }
            let added = overlay.map { entries(at: [$0], where: wanted) } ?? []
            // As the library does.
            let kept = LessonKey.kept(builtIn, under: added) { LessonKey(id: $0.id, file: $0.file) }
            all = kept + added.sorted { $0.file < $1.file }
        }
        // `wanted` let in no translation but into `language`.
        let isOriginal = { (entry: LessonEntry) in TranslationFolder.language(ofFile: entry.file) == nil }
        let originals = all.filter(isOriginal)
        let translated = LessonKey.replacements(all.filter { !isOriginal($0) }, id: \.id)
        return inReadingOrder(originals.map { translated[$0.id] ?? $0 })
    }

    private static func entries(at paths: [String], where wanted: (String) -> Bool) -> [LessonEntry] {
        var unreported: [Diagnostic] = []
        return LessonFiles.find(in: paths).files.filter(wanted).compactMap { file in
            LessonFiles.read(file, into: &unreported).flatMap { LessonEntry(text: $0, file: file) }
        }
    }

    /// The order of ``lessons``.
    private static func inReadingOrder(_ entries: [LessonEntry]) -> [LessonEntry] {
        entries.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    }
}
