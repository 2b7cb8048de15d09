import ArgumentParser

/// `spindle lessons`: the course at a glance.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "List the lessons with your progress."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try global.readOnlySession()
        Console().write(session.lessonList())
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
