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

    @Argument(help: "Lesson files or folders (default: the lesson folder in use).")
    var paths: [String] = []

    func run() throws {
        let targets = paths.isEmpty ? [try global.folder()] : paths
        let library = LessonLibrary.load(
            paths: targets, catalog: DemoCatalogSource.current, layout: DemosCatalog())
        Console().write(LintReport(library: library).text)
        if library.errorCount > 0 { throw ExitCode(1) }
    }
}
