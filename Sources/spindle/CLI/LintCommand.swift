import ArgumentParser
import Lessons

/// `spindle lint [PATH...]`: checks lesson files the way the tutor reads them.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check lesson files; exits non-zero when any has an error.",
        discussion: "Each problem is reported as file:line:column: error: what is wrong and how to fix it."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Lesson files or folders (default: the course in use, with --lessons or --only-lessons).")
    var paths: [String] = []

    func run() throws {
        let catalog = CatalogDemoSignatures.current
        let layout = CatalogDemoSignatures()
        let library =
            paths.isEmpty
            ? LessonLibrary.load(
                course: try global.course(), catalog: catalog, layout: layout, labChecker: LabChecker())
            : LessonLibrary.load(paths: paths, catalog: catalog, layout: layout, labChecker: LabChecker())
        Console().write(LintReport(library: library).text)
        if library.errorCount > 0 { throw ExitCode(1) }
    }
}
