import ArgumentParser
import Lessons

/// `spindle show LESSON [--page N]`: prints a lesson without starting the REPL.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a lesson, or one page of it, without starting the tutor."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The lesson's id or number.")
    var lesson: String

    @Option(help: "Print only this page (1 is the first).")
    var page: Int?

    func run() throws {
        let session = try global.readOnlySession()
        guard let found = session.library.lesson(matching: lesson) else {
            let suggestion = Suggestions.closest(to: lesson, in: session.library.lessons.map(\.id))
            throw CommandFailure(
                "no lesson `\(lesson)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
                    + " (`spindle lessons` lists them)")
        }
        let pages: [Int]
        if let page {
            guard (1...max(1, found.pages.count)).contains(page), !found.pages.isEmpty else {
                throw CommandFailure(
                    "lesson \(found.id) has \(found.pages.count) pages; pass --page 1 to \(found.pages.count)")
            }
            pages = [page - 1]
        } else {
            pages = Array(found.pages.indices)
        }
        let options = global.renderOptions()
        let text = pages.map { index in
            PageView(lesson: found, pageIndex: index, progress: LessonProgress(), catalog: session.catalog).render(options: options)
        }
        Console().write(text.joined(separator: "\n"))
    }
}
