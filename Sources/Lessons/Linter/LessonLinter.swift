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
        let diagnostics =
            CourseChecks.duplicates(in: lessons)
            + CourseChecks.requirements(of: lessons)
        return diagnostics + lessons.flatMap { checks(of: $0) }
    }

    /// The checks of one lesson on its own: its demo blocks against the catalogue, its labs, how
    /// its pages fit the screen and whether they give an answer away. Labs asking what
    /// `sameLabsAs` already asks of the same program file are not explored again.
    func checks(of lesson: Lesson, sameLabsAs other: Lesson? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let catalog {
            diagnostics += DemoChecks(catalog: catalog, lesson: lesson).diagnostics()
        }
        var labs = LabChecks(lesson: lesson, checker: labChecker)
        if let other, labChecker != nil {
            labs.explored = LabChecks(lesson: other, checker: labChecker).explorations()
        }
        diagnostics += labs.diagnostics()
        diagnostics += ScreenFitChecks(lesson: lesson, layout: layout).diagnostics()
        diagnostics += SpoilerCheck(lesson: lesson).diagnostics()
        return diagnostics
    }
}
