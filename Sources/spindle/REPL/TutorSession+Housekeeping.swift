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
                return "nothing yet, and the course has no lessons\n"
            }
            return "nothing yet; `open \(first.order)` starts the first lesson\n"
        }
        var lines = started.flatMap { lesson -> [String] in
            let progress = record[lesson: lesson.id]
            let questions = lesson.questions
            let right = questions.filter { progress.questions[$0.id]?.correct == true }.count
            let hints = progress.questions.values.reduce(0) { $0 + $1.hintsUsed }
            let status = progress.completed ? "done" : "in progress"
            let summary =
                "\(Self.number(lesson.order))  \(TerminalText.sanitize(lesson.title)): "
                + "\(progress.pagesSeen.count)/\(lesson.pages.count) pages, "
                + "\(right)/\(questions.count) questions right, \(hints) hint\(hints == 1 ? "" : "s"), "
                + (record.labTally(of: lesson).map { $0 + ", " } ?? "") + status
            return [summary] + labLines(lesson)
        }
        let done = library.lessons.filter { record[lesson: $0.id].completed }.count
        lines.append("\(done) of \(library.lessons.count) lessons done.")
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
                    ? "reset which lesson? `reset ID`, `reset NUMBER` or `reset all`\n"
                    : "no lesson `\(TerminalText.sanitize(key))`; `lessons` lists them\n")
        }
        let name = "lesson \(Self.number(lesson.order)) (\(lesson.id))"
        guard let progress = record.lessons[lesson.id] else {
            return Reply(text: "nothing to forget on \(name)\n")
        }
        let kept = keepCopyBeforeReset()
        record.lessons[lesson.id] = nil
        if position?.lessonID == lesson.id { move(to: Position(lessonID: lesson.id, page: 0)) }
        let forgotten =
            "forgot your progress on \(name): \(Self.summary(of: progress, pages: lesson.pages.count))\n"
        return Reply(text: forgotten + kept + save())
    }

    private func resetAll(confirmed: Bool) -> Reply {
        guard !record.lessons.isEmpty else { return Reply(text: "no progress to forget yet\n") }
        let count = record.lessons.count
        let done = record.lessons.values.filter(\.completed).count
        let what = "your progress on \(count) lesson\(count == 1 ? "" : "s") (\(done) done)"
        guard confirmed else {
            guard interactive else {
                return Reply(text: "`reset all` forgets \(what); type `reset all --yes` to do it\n")
            }
            return Reply(
                text: "",
                confirmation: Confirmation(
                    question: "forget \(what)? [y/N] ", command: "reset all --yes",
                    declined: "kept your progress\n"))
        }
        let kept = keepCopyBeforeReset()
        record.lessons = [:]
        return Reply(text: "forgot \(what)\n" + kept + save())
    }

    /// `3/5 pages seen, 2 answers, 1 hint`.
    private static func summary(of progress: LessonProgress, pages: Int) -> String {
        let answers = progress.questions.values.filter { $0.answer != nil }.count
        let hints = progress.questions.values.reduce(0) { $0 + $1.hintsUsed }
        return
            "\(progress.pagesSeen.count)/\(pages) pages seen, \(answers) answer\(answers == 1 ? "" : "s"), "
            + "\(hints) hint\(hints == 1 ? "" : "s")"
    }

    /// Writes the progress as it is before a reset to a file of its own, and says where.
    private func keepCopyBeforeReset() -> String {
        guard !store.savingDisabled else { return "" }
        do {
            let copy = try store.keepCopy(of: record)
            return "Your progress before this reset is kept in \(OutputFileError.display(copy)); "
                + "to restore it, quit and rename that file to progress.json.\n"
        } catch {
            return "could not keep a copy of your progress before this reset: \(error)\n"
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
            "reloaded \(fresh.lessons.count) lesson\(fresh.lessons.count == 1 ? "" : "s") from \(course)\n"
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
            let width = CommandTable.commands.map { $0.label.count }.max() ?? 0
            let rows = CommandTable.commands.map { spec in
                "  " + spec.label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + spec.summary
            }
            return
                // One line of heading and no blank line: the list fits a 24-row terminal without
                // the pager.
                ([Messages.text("help.heading")] + rows)
                .joined(separator: "\n") + "\n"
        }
        guard let spec = CommandTable.command(named: name.lowercased()) else {
            let suggestion = Suggestions.closest(to: name.lowercased(), in: CommandTable.names)
            return "no command `\(TerminalText.sanitize(name))`"
                + (suggestion.map { "; did you mean `\($0)`?" } ?? "; `help` lists them") + "\n"
        }
        return "\(spec.label)\n" + markdown(spec.details)
    }
}
