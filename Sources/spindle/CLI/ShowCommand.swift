import ArgumentParser
import Foundation
import Lessons
import Messages

/// `spindle show LESSON [--page N]`: prints a lesson without starting the REPL.
struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            abstract: HelpText.text("cli.help.show.abstract"),
            discussion: HelpText.text("cli.help.show.discussion", indent: 0))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(HelpText.text("cli.help.show.lesson")))
    var lesson: String

    @Option(help: ArgumentHelp(HelpText.text("cli.help.show.page")))
    var page: Int?

    func run() throws {
        let found = try findLesson()
        let pages: [Int]
        if let page {
            guard (1...max(1, found.pages.count)).contains(page), !found.pages.isEmpty else {
                throw CommandFailure(
                    Messages.text(
                        "cli.show.page-range", ["lesson": found.id, "count": "\(found.pages.count)"]))
            }
            pages = [page - 1]
        } else {
            pages = Array(found.pages.indices)
        }
        let options = global.renderOptions()
        let text = pages.map { index in
            PageView(
                lesson: found, pageIndex: index, progress: LessonProgress(),
                catalog: CatalogDemoSignatures.current,
                context: .preview
            ).render(options: options)
        }
        Console().write(text.joined(separator: "\n"))
    }

    /// The lesson from a file named directly (an instructor previewing their work), else from
    /// the course in use by id or number.
    private func findLesson() throws -> Lesson {
        var isFolder: ObjCBool = false
        if lesson.hasSuffix(".md")
            || (FileManager.default.fileExists(atPath: lesson, isDirectory: &isFolder) && !isFolder.boolValue)
        {
            let library = LessonLibrary.load(paths: [lesson], catalog: CatalogDemoSignatures.current)
            guard let found = library.lessons.first else {
                guard let problem = library.diagnostics.first else {
                    throw CommandFailure(Messages.text("cli.show.file-holds-no-lesson", ["file": lesson]))
                }
                throw CommandFailure(
                    Messages.text(
                        "cli.show.file-holds-no-lesson.problem", ["file": lesson, "problem": "\(problem)"]))
            }
            return found
        }
        let session = try global.readOnlySession()
        guard let found = session.library.lesson(matching: lesson) else {
            guard let suggestion = session.suggestedLesson(for: lesson) else {
                throw CommandFailure(Messages.text("cli.show.no-lesson", ["lesson": lesson]))
            }
            throw CommandFailure(
                Messages.text("cli.show.no-lesson.suggestion", ["lesson": lesson, "suggestion": suggestion]))
        }
        return found
    }
}
