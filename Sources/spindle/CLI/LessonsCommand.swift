import ArgumentParser
import Lessons
import Messages

/// `spindle lessons`: the course at a glance.
struct LessonsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "lessons", abstract: HelpText.text("cli.help.lessons.abstract"))
    }

    @OptionGroup var global: GlobalOptions

    /// Reads only the front matter of lessons whose pages the list does not count.
    func run() throws {
        let course = try global.course()
        let record = ProgressStore(url: StatePaths().progress).load().record
        Console().write(
            LessonList(record: record, current: nil).text(
                LessonLibrary.entries(of: course, in: CurrentLanguage.value), course: course))
    }
}

extension GlobalOptions {
    /// A session for a one-shot command: it reads progress but the command saves nothing.
    func readOnlySession() throws -> TutorSession {
        TutorSession(
            course: try course(), catalog: CatalogDemoSignatures.current,
            store: ProgressStore(url: StatePaths().progress), options: renderOptions)
    }
}
