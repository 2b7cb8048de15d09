import Lessons
import Messages
import Stage
import TextRendering

extension TutorSession {
    /// `progress`: one line per lesson the student started.
    func progressReport() -> String {
        let started = library.lessons.filter {
            record[lesson: $0.id].isStarted || !record[lesson: $0.id].labs.isEmpty
        }
        guard !started.isEmpty else {
            // The course's own first lesson: a course need not start at lesson 0.
            guard let first = library.lessons.first else {
                return Messages.text("progress.nothing.no-lessons") + "\n"
            }
            return Messages.text("progress.nothing", ["order": "\(first.order)"]) + "\n"
        }
        var lines = started.flatMap { lesson -> [String] in
            let progress = record[lesson: lesson.id]
            let questions = lesson.questions
            let right = questions.filter { progress.questions[$0.id]?.correct == true }.count
            let hints = progress.questions.values.reduce(0) { $0 + $1.hintsUsed }
            let labs = record.labTally(of: lesson)
            let summary = Messages.text(
                labs == nil ? "progress.line" : "progress.line.labs",
                [
                    "number": Self.number(lesson.order), "title": TerminalText.sanitize(lesson.title),
                    "seen": "\(progress.pagesSeen.count)", "pages": "\(lesson.pages.count)",
                    "right": "\(right)", "questions": "\(questions.count)", "hints": Self.hintCount(hints),
                    "labs": labs ?? "",
                    "status": Messages.text(
                        progress.completed ? "progress.status.done" : "progress.status.in-progress"),
                ])
            return [summary] + labLines(lesson)
        }
        let done = library.lessons.filter { record[lesson: $0.id].completed }.count
        lines.append(
            Messages.text("progress.total", ["done": "\(done)", "count": "\(library.lessons.count)"]))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `reset [LESSON|all [--yes]]`: forgets one lesson's progress, or (after a yes, or with
    /// `--yes` when no one is there to answer) every lesson's, and says what it forgot. The
    /// progress before the reset is kept in a file of its own, named, so it can be restored.
    func reset(_ argument: String) -> Reply {
        var words = argument.split(separator: " ").map(String.init)
        let confirmed = words.last == "--yes"
        if confirmed { words.removeLast() }
        let key = words.joined(separator: " ")
        if key == "all" { return resetAll(confirmed: confirmed) }
        let target = key.isEmpty ? currentLesson : library.lesson(matching: key)
        guard let lesson = target else {
            return Reply(
                text: key.isEmpty
                    ? Messages.text("reset.which") + "\n"
                    : Messages.text("reset.unknown", ["key": TerminalText.sanitize(key)]) + "\n")
        }
        let name: KeyValuePairs<String, String> = ["number": Self.number(lesson.order), "id": lesson.id]
        guard let progress = record.lessons[lesson.id] else {
            return Reply(text: Messages.text("reset.nothing", name) + "\n")
        }
        let kept = keepCopyBeforeReset()
        record.lessons[lesson.id] = nil
        if position?.lessonID == lesson.id { move(to: Position(lessonID: lesson.id, page: 0)) }
        let forgotten =
            Messages.text(
                "reset.forgot",
                [
                    "number": Self.number(lesson.order), "id": lesson.id,
                    "summary": Self.summary(of: progress, pages: lesson.pages.count),
                ]) + "\n"
        return Reply(text: forgotten + kept + save())
    }

    private func resetAll(confirmed: Bool) -> Reply {
        guard !record.lessons.isEmpty else { return Reply(text: Messages.text("reset.all.nothing") + "\n") }
        let count = record.lessons.count
        let done = record.lessons.values.filter(\.completed).count
        let what = Messages.text(
            count == 1 ? "reset.all.what.one" : "reset.all.what.other",
            ["count": "\(count)", "done": "\(done)"])
        guard confirmed else {
            guard interactive else {
                return Reply(text: Messages.text("reset.all.refused", ["what": what]) + "\n")
            }
            return Reply(
                text: "",
                confirmation: Confirmation(
                    question: Messages.text("reset.all.question", ["what": what]), command: "reset all --yes",
                    declined: Messages.text("reset.all.declined") + "\n"))
        }
        let kept = keepCopyBeforeReset()
        record.lessons = [:]
        return Reply(text: Messages.text("reset.all.done", ["what": what]) + "\n" + kept + save())
    }

    /// `3/5 pages seen, 2 answers, 1 hint`.
    private static func summary(of progress: LessonProgress, pages: Int) -> String {
        let answers = progress.questions.values.filter { $0.answer != nil }.count
        let hints = progress.questions.values.reduce(0) { $0 + $1.hintsUsed }
        return Messages.text(
            "reset.summary",
            [
                "seen": "\(progress.pagesSeen.count)", "pages": "\(pages)",
                "answers": Messages.text(
                    answers == 1 ? "reset.answers.one" : "reset.answers.other", ["count": "\(answers)"]),
                "hints": hintCount(hints),
            ])
    }

    /// `1 hint`, `3 hints`.
    static func hintCount(_ hints: Int) -> String {
        Messages.text(hints == 1 ? "progress.hints.one" : "progress.hints.other", ["count": "\(hints)"])
    }

    /// Writes the progress as it is before a reset to a file of its own, and says where.
    private func keepCopyBeforeReset() -> String {
        guard !store.savingDisabled else { return "" }
        do {
            let copy = try store.keepCopy(of: record)
            return Messages.text("reset.kept", ["file": OutputFileError.display(copy)]) + "\n"
        } catch {
            return Messages.text("reset.keep-failed", ["error": "\(error)"]) + "\n"
        }
    }

    /// `reload`: re-reads the folder and keeps the student on the same lesson and page if it still exists.
    func reload() -> String {
        let fresh = LessonLibrary.load(course: course, catalog: catalog)
        replaceLibrary(fresh)
        if let position {
            if let lesson = fresh.lesson(matching: position.lessonID), !lesson.pages.isEmpty {
                move(to: Position(lessonID: lesson.id, page: min(position.page, lesson.pages.count - 1)))
            } else {
                move(to: nil)
            }
        }
        var text =
            Messages.text(
                fresh.lessons.count == 1 ? "reload.done.one" : "reload.done.other",
                ["count": "\(fresh.lessons.count)", "course": "\(course)"]) + "\n"
        if let summary = Self.problemSummary(fresh) { text += summary + "\n" }
        return text
    }

    /// `lint`: the same report as `spindle lint`.
    func lintReport() -> String {
        let fresh = LessonLibrary.load(
            course: course, catalog: catalog, layout: catalog as? any PageLayout, labChecker: LabChecker())
        return LintReport(library: fresh).text
    }

    /// `help [COMMAND]`.
    func help(_ name: String) -> String {
        if name.isEmpty {
            let width = CommandTable.commands.map { DisplayWidth.of($0.label) }.max() ?? 0
            let rows = CommandTable.commands.map { spec in
                "  " + DisplayWidth.pad(spec.label, toWidth: width) + "  " + spec.summary
            }
            return
                // One line of heading and no blank line: the list fits a 24-row terminal without
                // the pager.
                ([Messages.text("help.heading")] + rows)
                .joined(separator: "\n") + "\n"
        }
        guard let spec = CommandTable.command(named: name.lowercased()) else {
            let suggestion = Suggestions.closest(to: name.lowercased(), in: CommandTable.names)
            let shown = TerminalText.sanitize(name)
            guard let suggestion else { return Messages.text("help.unknown", ["name": shown]) + "\n" }
            return Messages.text("help.unknown.suggest", ["name": shown, "suggestion": suggestion]) + "\n"
        }
        return "\(spec.label)\n" + markdown(spec.details)
    }
}
