import Lessons
import Messages
import Stage

extension TutorSession {
    /// The line before the first prompt that says where to go: the lesson to continue, the next
    /// one after a finished lesson, or how to begin.
    func welcomeLine() -> String {
        guard let lastID = record.lastLesson, let last = library.lesson(matching: lastID) else {
            guard let first = library.lessons.first else { return Messages.text("welcome.empty") }
            return Messages.text("welcome.begin", ["order": "\(first.order)"])
        }
        guard record[lesson: last.id].completed else {
            return Messages.text("welcome.back.continue", ["order": "\(last.order)", "title": last.title])
        }
        guard let next = lessonToContinue() else { return Messages.text("welcome.back.all-done") }
        return Messages.text(
            "welcome.back.next",
            [
                "number": Self.number(last.order), "title": last.title, "next_order": "\(next.order)",
                "next_title": next.title,
            ])
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
        guard let lesson = lessonToContinue() else { return Messages.text("lessons.none-open") + "\n" }
        return Messages.text(
            "lessons.none-open.continue", ["number": Self.number(lesson.order), "order": "\(lesson.order)"])
            + "\n"
    }

    /// The id of the lesson a mistyped id, or one word of an id or title, most likely means.
    func suggestedLesson(for key: String) -> String? {
        let word = key.lowercased()
        return
            Suggestions.closest(to: word, in: library.lessons.map(\.id))
            ?? library.lessons.first { lesson in
                !word.isEmpty
                    && (lesson.id.split(separator: "-").contains { $0 == word }
                        || lesson.title.lowercased().split(separator: " ").contains { $0 == word })
            }?.id
    }

    /// `page` shows the current page again; `page N` jumps to page N of the open lesson.
    func page(_ argument: String) -> String {
        guard !argument.isEmpty else { return showCurrentPage() }
        guard let lesson = currentLesson else { return noLessonOpen }
        guard let number = Int(argument), (1...max(1, lesson.pages.count)).contains(number),
            !lesson.pages.isEmpty
        else {
            return Messages.text(
                "page.out-of-range", ["number": Self.number(lesson.order), "count": "\(lesson.pages.count)"])
                + "\n"
        }
        move(to: Position(lessonID: lesson.id, page: number - 1))
        return showCurrentPage()
    }
}
