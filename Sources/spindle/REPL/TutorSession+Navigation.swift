import Lessons
import Messages
import Stage
import TextRendering

extension TutorSession {
    /// The `lessons` table: number, id, title and a progress mark for each lesson.
    func lessonList() -> String {
        LessonList(record: record, current: position?.lessonID).text(library.lessons, course: course)
    }

    /// `open ID|NUMBER`: shows the lesson at the page seen last; a bare `open` continues where
    /// the student stopped.
    func open(_ key: String) -> String {
        guard !key.isEmpty else {
            guard let lesson = lessonToContinue() else {
                return Messages.text("lessons.all-finished") + "\n"
            }
            return open(lesson.id)
        }
        guard let lesson = library.lesson(matching: key) else {
            let shown = TerminalText.sanitize(key)
            guard let suggestion = suggestedLesson(for: key) else {
                return Messages.text("lessons.unknown", ["key": shown]) + "\n"
            }
            return Messages.text("lessons.unknown.suggest", ["key": shown, "id": suggestion]) + "\n"
        }
        let resume = min(record[lesson: lesson.id].lastPage, lesson.pages.count - 1)
        move(to: Position(lessonID: lesson.id, page: max(0, resume)))
        var text = untranslatedNotice(for: lesson) + prerequisiteNote(for: lesson)
        text += showCurrentPage()
        return text
    }

    /// `next` and `back`.
    func turn(by step: Int) -> String {
        guard let position, let lesson = currentLesson else {
            return noLessonOpen
        }
        let target = position.page + step
        if target < 0 {
            return Messages.text("page.first") + "\n"
        }
        if target >= lesson.pages.count {
            return endOfLessonText(lesson)
        }
        move(to: Position(lessonID: lesson.id, page: target))
        return showCurrentPage()
    }

    /// `page`: renders the current page and records it as seen.
    func showCurrentPage() -> String {
        guard let position, let lesson = currentLesson, !lesson.pages.isEmpty else {
            return noLessonOpen
        }
        var progress = record[lesson: lesson.id]
        progress.pagesSeen.insert(position.page)
        progress.lastPage = position.page
        record[lesson: lesson.id] = progress
        record.lastLesson = lesson.id
        let completion = updateCompletion(of: lesson)
        let view = PageView(
            lesson: lesson, pageIndex: position.page, progress: record[lesson: lesson.id], catalog: catalog)
        return view.render(options: renderOptions) + completion + save()
    }

    /// Marks the lesson complete once every page is seen and every question settled, and says so
    /// the first time it happens.
    func updateCompletion(of lesson: Lesson) -> String {
        var progress = record[lesson: lesson.id]
        guard !progress.completed else { return "" }
        let allSeen = progress.pagesSeen.count >= lesson.pages.count
        let allSettled = lesson.questions.allSatisfy { Self.isSettled($0, progress.questions[$0.id]) }
        guard allSeen, allSettled else { return "" }
        progress.completed = true
        record[lesson: lesson.id] = progress
        return "\n" + Messages.text("lessons.complete", ["number": Self.number(lesson.order)]) + "\n"
    }

    /// A quiz is settled when answered right; a prediction once the student has committed to it.
    static func isSettled(_ question: Question, _ progress: QuestionProgress?) -> Bool {
        switch question {
        case .quiz: progress?.correct == true
        case .prediction: progress?.answer != nil
        }
    }

    private func endOfLessonText(_ lesson: Lesson) -> String {
        let progress = record[lesson: lesson.id]
        let open = lesson.questions.filter { !Self.isSettled($0, progress.questions[$0.id]) }
        var text = Messages.text("lessons.end.last-page", ["number": Self.number(lesson.order)]) + "\n"
        if !open.isEmpty {
            text += Messages.text("lessons.end.open-questions", ["count": "\(open.count)"]) + "\n"
        }
        if let following = library.lessons.first(where: { $0.order > lesson.order }) {
            text +=
                Messages.text(
                    "lessons.end.next",
                    ["order": "\(following.order)", "title": TerminalText.sanitize(following.title)]) + "\n"
        } else {
            text += Messages.text("lessons.end.last-lesson") + "\n"
        }
        return text
    }

    private func prerequisiteNote(for lesson: Lesson) -> String {
        let unfinished = lesson.requires.filter { !record[lesson: $0].completed }
        guard !unfinished.isEmpty else { return "" }
        let lessons = unfinished.map { "`\($0)`" }.joined(separator: ", ")
        return Messages.text("lessons.requires", ["lessons": lessons]) + "\n\n"
    }
}
