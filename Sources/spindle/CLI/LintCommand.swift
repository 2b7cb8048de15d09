import ArgumentParser
import Lessons
import Messages

/// `spindle lint [PATH...]`: checks lesson files the way the tutor reads them.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check lesson files; exits non-zero when any has an error.",
        discussion: "Each problem is reported as file:line:column: error: what is wrong and how to fix it. "
            + "Translations (`zh-Hans/NN-name.md` beside the originals) are checked against their "
            + "originals; `--lang zh-Hans` reports only on them, `--lang en` only on the originals."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Lesson files or folders (default: the course in use, with --lessons or --only-lessons).")
    var paths: [String] = []

    func run() throws {
        let catalog = CatalogDemoSignatures.current
        let layout = CatalogDemoSignatures()
        let everything =
            paths.isEmpty
            ? LessonLibrary.load(
                course: try global.course(), catalog: catalog, layout: layout, labChecker: LabChecker())
            : LessonLibrary.load(paths: paths, catalog: catalog, layout: layout, labChecker: LabChecker())
        // `--lang` both speaks the language and narrows the report to the lessons written in it.
        let library = global.language == nil ? everything : everything.checkedIn(CurrentLanguage.value)
        Console().write(LintReport(library: library).text)
        if library.errorCount > 0 { throw ExitCode(1) }
    }
}
