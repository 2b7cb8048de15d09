import Lessons
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
                return "every lesson is finished; `open NUMBER` opens one again (`lessons` lists them)\n"
            }
            return open(lesson.id)
        }
        guard let lesson = library.lesson(matching: key) else {
            let suggestion = lessonSuggestion(for: key)
            return "no lesson `\(TerminalText.sanitize(key))`"
                + (suggestion.isEmpty ? "; `lessons` lists the numbers and ids\n" : suggestion + "\n")
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
            return "this is the first page; `next` goes forward\n"
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
        return "\n✓ Lesson \(Self.number(lesson.order)) complete.\n"
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
        var text = "That was the last page of lesson \(Self.number(lesson.order)).\n"
        if !open.isEmpty {
            text += "\(open.count) question(s) still open; `back` to find them.\n"
        }
        if let following = library.lessons.first(where: { $0.order > lesson.order }) {
            text += "Next: `open \(following.order)` (\(TerminalText.sanitize(following.title))).\n"
        } else {
            text += "That was the last lesson; `progress` shows what you have done.\n"
        }
        return text
    }

    private func prerequisiteNote(for lesson: Lesson) -> String {
        let unfinished = lesson.requires.filter { !record[lesson: $0].completed }
        guard !unfinished.isEmpty else { return "" }
        return
            "This lesson builds on \(unfinished.map { "`\($0)`" }.joined(separator: ", ")), not finished yet.\n\n"
    }
}
