import Lessons
import Stage

extension TutorSession {
    /// The line before the first prompt that says where to go: the lesson to continue, the next
    /// one after a finished lesson, or how to begin.
    func welcomeLine() -> String {
        guard let lastID = record.lastLesson, let last = library.lesson(matching: lastID) else {
            guard let first = library.lessons.first else {
                return "Type `lessons` to see the course, `help` for commands."
            }
            return "Type `lessons` to see the course, `open \(first.order)` to begin, `help` for commands."
        }
        guard record[lesson: last.id].completed else {
            return "Welcome back. `open \(last.order)` continues \(last.title); `lessons` shows the course."
        }
        guard let next = lessonToContinue() else {
            return "Welcome back. You have finished every lesson; `progress` shows what you did."
        }
        return "Welcome back. You finished lesson \(Self.number(last.order)), \(last.title); "
            + "`open \(next.order)` starts \(next.title)."
    }

    /// The lesson a bare `open` opens: the one the student stopped in, or once that is finished
    /// the next unfinished one after it (else the first unfinished one); nil when all are done.
    func lessonToContinue() -> Lesson? {
        let unfinished = library.lessons.filter { !record[lesson: $0.id].completed }
        guard let lastID = record.lastLesson, let last = library.lesson(matching: lastID) else {
            return unfinished.first
        }
        if !record[lesson: last.id].completed { return last }
        return unfinished.first { $0.order > last.order } ?? unfinished.first
    }

    /// The reply to a command that needs an open lesson when none is.
    var noLessonOpen: String {
        guard let lesson = lessonToContinue() else { return "no lesson is open; `lessons` lists them\n" }
        return "no lesson is open; `open` continues with lesson \(Self.number(lesson.order)) "
            + "(`open \(lesson.order)` does too)\n"
    }

    /// `; did you mean `processes-and-fork`?` for a mistyped lesson id, or for one word of an id
    /// or title (`fork`), or an empty string.
    func lessonSuggestion(for key: String) -> String {
        let word = key.lowercased()
        let close =
            Suggestions.closest(to: word, in: library.lessons.map(\.id))
            ?? library.lessons.first { lesson in
                !word.isEmpty
                    && (lesson.id.split(separator: "-").contains { $0 == word }
                        || lesson.title.lowercased().split(separator: " ").contains { $0 == word })
            }?.id
        return close.map { "; did you mean `\($0)`?" } ?? ""
    }

    /// `page` shows the current page again; `page N` jumps to page N of the open lesson.
    func page(_ argument: String) -> String {
        guard !argument.isEmpty else { return showCurrentPage() }
        guard let lesson = currentLesson else { return noLessonOpen }
        guard let number = Int(argument), (1...max(1, lesson.pages.count)).contains(number),
            !lesson.pages.isEmpty
        else {
            return "lesson \(Self.number(lesson.order)) has \(lesson.pages.count) pages; "
                + "`page 1` to `page \(lesson.pages.count)` shows one\n"
        }
        move(to: Position(lessonID: lesson.id, page: number - 1))
        return showCurrentPage()
    }
}
