/// Checks that need more than one file, or more than the file: lesson ids, order numbers and
/// `requires` across the course; demo blocks and predictions against the demo catalogue; lab
/// programs and goals; and whether each page reads on an 80x24 screen without giving its
/// predictions away.
public struct LessonLinter: Sendable {
    private let catalog: (any DemoSignatures)?
    private let layout: (any PageLayout)?
    private let labChecker: (any LabChecking)?

    /// `catalog` nil means no demo catalogue is available yet (demo names, parameters and result
    /// names are not checked); `layout` nil means page heights are not measured; `labChecker`
    /// nil means lab programs are read but neither parsed nor explored.
    public init(
        catalog: (any DemoSignatures)?, layout: (any PageLayout)? = nil, labChecker: (any LabChecking)? = nil
    ) {
        self.catalog = catalog
        self.layout = layout
        self.labChecker = labChecker
    }

    /// Cross-lesson, catalogue and screen checks on already-parsed lessons.
    ///
    /// When two lessons clash, the later one in `lessons` is reported, so pass them in a stable
    /// order (the library passes them sorted by file).
    public func lint(_ lessons: [Lesson]) -> [Diagnostic] {
        var diagnostics =
            CourseChecks.duplicates(in: lessons)
            + CourseChecks.requirements(of: lessons)
        if let catalog {
            diagnostics += lessons.flatMap { DemoChecks(catalog: catalog, lesson: $0).diagnostics() }
        }
        diagnostics += lessons.flatMap { LabChecks(lesson: $0, checker: labChecker).diagnostics() }
        diagnostics += lessons.flatMap { ScreenFitChecks(lesson: $0, layout: layout).diagnostics() }
        diagnostics += lessons.flatMap { SpoilerCheck(lesson: $0).diagnostics() }
        return diagnostics
    }
}
