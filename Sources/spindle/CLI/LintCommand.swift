import ArgumentParser
import Lessons
import Messages

/// `spindle lint [PATH...]`: checks lesson files the way the tutor reads them.
struct LintCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "lint",
            abstract: HelpText.text("cli.help.lint.abstract"),
            discussion: HelpText.text("cli.help.lint.discussion", indent: 0))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(HelpText.text("cli.help.lint.paths")))
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
