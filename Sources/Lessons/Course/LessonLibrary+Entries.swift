extension LessonLibrary {
    /// The lessons that ``load(course:catalog:layout:labChecker:)`` gives, in the same order,
    /// with only their front matter read, for a listing of the course. Nothing is checked, and a
    /// file that gives no lesson there is left out here too.
    public static func entries(of course: CourseSource) -> [LessonEntry] {
        switch course {
        case .folder(let folder):
            return inReadingOrder(entries(at: [folder]).sorted { $0.file < $1.file })
        case .builtIn(let overlay):
            let builtIn = BuiltInCourse.lessonFiles.compactMap {
                LessonEntry(text: $0.text, file: BuiltInCourse.folderName + "/" + $0.path)
            }
            let added = overlay.map { entries(at: [$0]) } ?? []
            let replaced = Set(added.map(\.id))
            return inReadingOrder(
                builtIn.filter { !replaced.contains($0.id) } + added.sorted { $0.file < $1.file })
        }
    }

    private static func entries(at paths: [String]) -> [LessonEntry] {
        var unreported: [Diagnostic] = []
        return LessonFiles.find(in: paths).files.compactMap { file in
            LessonFiles.read(file, into: &unreported).flatMap { LessonEntry(text: $0, file: file) }
        }
    }

    /// The order of ``lessons``.
    private static func inReadingOrder(_ entries: [LessonEntry]) -> [LessonEntry] {
        entries.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    }
}
