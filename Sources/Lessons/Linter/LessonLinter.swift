/// Checks that need more than one file: lesson ids, order numbers and `requires` across the
/// course, and demo blocks and predictions against the demo catalogue.
public struct LessonLinter: Sendable {
    private let catalog: (any DemoCatalog)?

    /// `catalog` nil means no demo catalogue is available yet (demo names, parameters and result names are not checked).
    public init(catalog: (any DemoCatalog)?) {
        self.catalog = catalog
    }

    /// Cross-lesson and catalogue checks on already-parsed lessons.
    ///
    /// When two lessons clash, the later one in `lessons` is reported, so pass them in a stable
    /// order (the library passes them sorted by file).
    public func lint(_ lessons: [Lesson]) -> [Diagnostic] {
        var diagnostics = CourseChecks.duplicates(in: lessons)
            + CourseChecks.requirements(of: lessons)
        if let catalog {
            diagnostics += lessons.flatMap { DemoChecks(catalog: catalog, lesson: $0).diagnostics() }
        }
        return diagnostics
    }
}
