import Lessons
import Stage

extension TutorSession {
    /// `progress`: one line per lesson the student started.
    func progressReport() -> String {
        let started = library.lessons.filter { record[lesson: $0.id].isStarted }
        guard !started.isEmpty else { return "nothing yet; `open 0` starts the first lesson\n" }
        var lines = started.map { lesson -> String in
            let progress = record[lesson: lesson.id]
            let questions = lesson.questions
            let right = questions.filter { progress.questions[$0.id]?.correct == true }.count
            let hints = progress.questions.values.reduce(0) { $0 + $1.hintsUsed }
            let status = progress.completed ? "done" : "in progress"
            return "\(Self.number(lesson.order))  \(TerminalText.sanitize(lesson.title)): "
                + "\(progress.pagesSeen.count)/\(lesson.pages.count) pages, "
                + "\(right)/\(questions.count) questions right, \(hints) hint\(hints == 1 ? "" : "s"), \(status)"
        }
        let done = library.lessons.filter { record[lesson: $0.id].completed }.count
        lines.append("\(done) of \(library.lessons.count) lessons done.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `reset [LESSON|all]`.
    func reset(_ key: String) -> String {
        if key == "all" {
            record.lessons = [:]
            return "forgot all progress\n" + save()
        }
        let target = key.isEmpty ? currentLesson : library.lesson(matching: key)
        guard let lesson = target else {
            return key.isEmpty
                ? "reset which lesson? `reset ID`, `reset NUMBER` or `reset all`\n"
                : "no lesson `\(TerminalText.sanitize(key))`; `lessons` lists them\n"
        }
        record.lessons[lesson.id] = nil
        if position?.lessonID == lesson.id { move(to: Position(lessonID: lesson.id, page: 0)) }
        return "forgot progress on lesson \(Self.number(lesson.order)) (\(lesson.id))\n" + save()
    }

    /// `reload`: re-reads the folder and keeps the student on the same lesson and page if it still exists.
    func reload() -> String {
        let fresh = LessonLibrary.load(paths: [folder], catalog: catalog)
        replaceLibrary(fresh)
        if let position {
            if let lesson = fresh.lesson(matching: position.lessonID), !lesson.pages.isEmpty {
                move(to: Position(lessonID: lesson.id, page: min(position.page, lesson.pages.count - 1)))
            } else {
                move(to: nil)
            }
        }
        var text = "reloaded \(fresh.lessons.count) lesson\(fresh.lessons.count == 1 ? "" : "s") from \(folder)\n"
        if let summary = Self.problemSummary(fresh) { text += summary + "\n" }
        return text
    }

    /// `lint`: the same report as `spindle lint`.
    func lintReport() -> String {
        let fresh = LessonLibrary.load(paths: [folder], catalog: catalog)
        return LintReport(library: fresh).text
    }

    /// `help [COMMAND]`.
    func help(_ name: String) -> String {
        if name.isEmpty {
            let width = CommandSpec.all.map { $0.usage.count }.max() ?? 0
            let rows = CommandSpec.all.map { spec in
                "  " + spec.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + spec.summary
            }
            return (["Commands:"] + rows + ["", "`help COMMAND` explains one. Tab completes commands and lesson ids."])
                .joined(separator: "\n") + "\n"
        }
        guard let spec = CommandSpec.named(name.lowercased()) else {
            let suggestion = Suggestions.closest(to: name.lowercased(), in: CommandSpec.all.map(\.name))
            return "no command `\(TerminalText.sanitize(name))`"
                + (suggestion.map { "; did you mean `\($0)`?" } ?? "; `help` lists them") + "\n"
        }
        return "\(spec.usage)\n" + markdown(spec.details)
    }
}
