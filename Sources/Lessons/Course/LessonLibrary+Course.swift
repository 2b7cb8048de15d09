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
            let kept = LessonKey.kept(builtIn.lessons, under: added.lessons) { LessonKey($0) }
            return checked(
                kept + added.lessons.sorted { $0.file < $1.file },
                diagnostics: builtIn.diagnostics + added.diagnostics, catalog: catalog, layout: layout,
                labChecker: labChecker)
        }
    }
}
