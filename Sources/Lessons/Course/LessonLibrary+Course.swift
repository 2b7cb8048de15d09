extension LessonLibrary {
    /// Loads and checks the lessons of `course`; problems become diagnostics. Never throws.
    ///
    /// An overlay's lessons are checked together with the built-in ones they join, so a clash
    /// of order numbers or a `requires` naming a built-in lesson is judged on the whole course.
    /// Built-in lessons come first, so a clash is reported in the overlay's file, the one the
    /// instructor can change.
    public static func load(
        course: CourseSource, catalog: (any DemoSignatures)?, layout: (any PageLayout)? = nil,
        labChecker: (any LabChecking)? = nil
    ) -> LessonLibrary {
        switch course {
        case .folder(let folder):
            return load(paths: [folder], catalog: catalog, layout: layout, labChecker: labChecker)
        case .builtIn(let overlay):
            let builtIn = BuiltInCourse.parsed()
            let added = overlay.map { parseFiles(at: [$0]) } ?? (lessons: [], diagnostics: [])
            // An overlay's lesson replaces the built-in one of its id and language. A built-in
            // translation of a replaced original goes too: it translates a text no longer shown.
            let replaced = Set(added.lessons.map { LessonKey($0) })
            let replacedOriginals = Set(added.lessons.filter { LessonKey($0).language == nil }.map(\.id))
            let kept = builtIn.lessons.filter {
                !replaced.contains(LessonKey($0)) && !replacedOriginals.contains($0.id)
            }
            return checked(
                kept + added.lessons.sorted { $0.file < $1.file },
                diagnostics: builtIn.diagnostics + added.diagnostics, catalog: catalog, layout: layout,
                labChecker: labChecker)
        }
    }
}
