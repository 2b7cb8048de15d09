import Foundation
import Lessons
import Messages
import ScriptTracing
import Stage
import TextRendering

/// The tutor's state and what each REPL command does to it. It reads no input and writes to no
/// terminal: each command returns the text to show, so tests can drive it line by line.
final class TutorSession {
    /// Where the student is: a lesson (by id, which survives `reload`) and a page index.
    struct Position: Equatable {
        var lessonID: String
        var page: Int
    }

    /// What a command produced.
    struct Reply: Equatable {
        /// Text to show, ending with a newline unless empty.
        var text: String
        /// Whether the REPL should end.
        var quits = false
        /// A trace to play on the stage after the text.
        var showing: TraceShowing?
        /// A demo to run after the text; the loop hands the finished run to ``finish(_:)``.
        var demo: DemoLaunch?
        /// A question to ask after the text; on yes the loop runs its command.
        var confirmation: Confirmation?
        /// A lab to play after the text; the loop hands the finished game to ``finishLab(_:)``.
        var lab: LabLaunch?
        /// A program to trace after the text; the loop hands the finished run to ``finishScript(_:)``.
        var script: ScriptInvocation?
    }

    let course: CourseSource
    let catalog: (any DemoSignatures)?
    private(set) var library: LessonLibrary
    private(set) var position: Position?
    var record: ProgressRecord
    let store: ProgressStore
    private let options: @Sendable () -> RenderOptions
    /// Whether runs and replays play on the live stage (otherwise they are narrated).
    let animates: Bool
    /// Whether a person answers at a terminal, so a command may ask before replacing or
    /// forgetting something; otherwise it refuses and says how to do it without asking.
    let interactive: Bool
    /// The last demo or lab run, for `replay`, `step` and `save`.
    var lastRun: PlayedRun?
    /// How many narration lines of ``lastRun`` plain-mode `step` has shown.
    var stepCursor = 0

    /// Loads the lessons and the progress file; `notices` holds anything the student must be told
    /// first (a progress file moved aside, lesson files with problems).
    init(
        course: CourseSource, catalog: (any DemoSignatures)?, store: ProgressStore,
        options: @escaping @Sendable () -> RenderOptions, animates: Bool = false, interactive: Bool = false
    ) {
        self.animates = animates
        self.interactive = interactive
        self.course = course
        self.catalog = catalog
        self.store = store
        self.options = options
        library = LessonLibrary.load(course: course, catalog: catalog).inLanguage(CurrentLanguage.value)
        let loaded = store.load()
        record = loaded.record
        startupNotices = [loaded.notice, Self.problemSummary(library)].compactMap { $0 }
    }

    /// Lines to show before the first prompt.
    let startupNotices: [String]

    /// `spindle>` outside a lesson, `spindle 03·2>` on page 2 of lesson 3.
    var prompt: String {
        guard let position, let lesson = library.lesson(matching: position.lessonID) else {
            return "spindle> "
        }
        return "spindle \(Self.number(lesson.order))·\(position.page + 1)> "
    }

    /// The lesson the student has open.
    var currentLesson: Lesson? {
        position.flatMap { library.lesson(matching: $0.lessonID) }
    }

    /// Runs one line of input; every line of its text fits the terminal's width.
    func handle(_ line: String) -> Reply {
        var reply = dispatch(line)
        reply.text = wrapped(reply.text)
        return reply
    }

    private func dispatch(_ line: String) -> Reply {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return Reply(text: "") }
        let parts = trimmed.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        let name = parts[0].lowercased()
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        if let command = CommandTable.command(named: name) { return command.perform(self, argument) }
        if parts.count == 1, isLoneChoiceLetter(name) { return Reply(text: answer(name)) }
        return Reply(text: unknownCommand(String(parts[0])))
    }

    /// The words Tab can complete at this point of the line.
    func completions(for textBeforeCursor: String) -> [String] {
        let words = textBeforeCursor.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let completingNewWord = textBeforeCursor.last == " " || words.isEmpty
        let position = completingNewWord ? words.count : words.count - 1
        let partial = completingNewWord ? "" : words.last ?? ""
        let candidates: [String]
        if position == 0 {
            candidates = CommandTable.names
        } else if let command = CommandTable.command(named: words[0].lowercased()) {
            candidates = command.completeArgument(self, Array(words[1..<position]))
        } else {
            candidates = []
        }
        return candidates.filter { $0.hasPrefix(partial) }.sorted()
    }

    // MARK: - Shared helpers for the command files

    var renderOptions: RenderOptions { options() }

    /// `text` wrapped at the current width, as pages are.
    func wrapped(_ text: String) -> String {
        MessageWrapper.wrap(text, width: renderOptions.width)
    }

    /// Renders markdown at the current width.
    func markdown(_ text: String) -> String {
        MarkdownRenderer.render(text, options: renderOptions).joined(separator: "\n") + "\n"
    }

    /// Saves progress; a failure is reported, never fatal, and the next change tries again.
    func save() -> String {
        do {
            try store.save(record)
            return ""
        } catch {
            return Messages.text("progress.save-failed", ["error": "\(error)"]) + "\n"
        }
    }

    func move(to newPosition: Position?) {
        position = newPosition
    }

    /// Puts `newLibrary` in place, in the language the session speaks now.
    func replaceLibrary(_ newLibrary: LessonLibrary) {
        library = newLibrary.inLanguage(CurrentLanguage.value)
    }

    /// Lesson numbers are shown with two digits so the list lines up.
    static func number(_ order: Int) -> String {
        order < 10 && order >= 0 ? "0\(order)" : "\(order)"
    }

    static func problemSummary(_ library: LessonLibrary) -> String? {
        let files = Set(library.diagnostics.filter { $0.severity == .error }.map(\.file))
        guard !files.isEmpty else { return nil }
        return Messages.text(
            files.count == 1 ? "welcome.lint-errors.one" : "welcome.lint-errors.other",
            ["count": "\(files.count)"])
    }

    /// A letter typed alone on a page with questions is an answer, even once they are all
    /// answered: `answer` then says so, where "unknown command" would puzzle.
    private func isLoneChoiceLetter(_ word: String) -> Bool {
        guard word.count == 1, ("a"..."h").contains(word), let position, let lesson = currentLesson,
            lesson.pages.indices.contains(position.page)
        else { return false }
        return !lesson.pages[position.page].questions.isEmpty
    }

    private func unknownCommand(_ typed: String) -> String {
        let word = TerminalText.sanitize(typed)
        let names = CommandTable.names
        if let suggestion = Suggestions.closest(to: typed.lowercased(), in: names) {
            return Messages.text("command.unknown.suggest", ["word": word, "suggestion": suggestion]) + "\n"
        }
        return Messages.text("command.unknown", ["word": word]) + "\n"
    }
}
