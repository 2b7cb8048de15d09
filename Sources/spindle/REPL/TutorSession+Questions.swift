import Lessons
import Stage
import TextRendering

extension TutorSession {
    /// The first question on the current page the student has not settled.
    func currentQuestion() -> Question? {
        guard let position, let lesson = currentLesson, lesson.pages.indices.contains(position.page) else {
            return nil
        }
        let progress = record[lesson: lesson.id]
        return lesson.pages[position.page].questions.first {
            !Self.isSettled($0, progress.questions[$0.id])
        }
    }

    /// `answer TEXT`.
    func answer(_ typed: String) -> String {
        guard let lesson = currentLesson else { return noLessonOpen }
        guard let question = currentQuestion() else { return noOpenQuestion() }
        guard !typed.isEmpty else {
            return "answer with a letter (`answer b`) or words (`answer lock`)\n"
        }
        var progress = record[lesson: lesson.id]
        var state = progress.questions[question.id] ?? QuestionProgress()
        state.answer = typed
        state.attempts += 1
        let text: String
        switch question {
        case .quiz(let quiz):
            guard let verdict = grade(quiz, typed) else {
                return
                    "`\(TerminalText.sanitize(typed))` is not one of the choices; answer with a letter such as `answer a`\n"
            }
            state.correct = verdict
            text =
                verdict
                ? "✓ Right.\n\n" + markdown(quiz.explanation)
                : "✗ Not quite."
                    + (state.hintsUsed < quiz.hints.count ? " Try again, or type `hint`.\n" : " Try again.\n")
        case .prediction(let prediction):
            guard let choice = AnswerMatching.choiceIndex(typed, options: prediction.choices.map(\.text))
            else {
                return
                    "`\(TerminalText.sanitize(typed))` is not one of the choices; answer with a letter such as `answer a`\n"
            }
            state.answer = AnswerMatching.letter(choice)
            let picked = TerminalText.sanitize(prediction.choices[choice].text)
            text =
                "Prediction noted: \(AnswerMatching.letter(choice))) \(picked)\n"
                + "Now `run` the demo `\(prediction.demo)`: what it measures grades your prediction.\n"
        }
        progress.questions[question.id] = state
        record[lesson: lesson.id] = progress
        return whichQuestion(question) + text + updateCompletion(of: lesson) + save()
    }

    /// On a page with more than one question, the line saying which one an answer went to.
    private func whichQuestion(_ question: Question) -> String {
        guard let position, let lesson = currentLesson else { return "" }
        let questions = lesson.pages[position.page].questions
        guard questions.count > 1, let index = questions.firstIndex(where: { $0.id == question.id }) else {
            return ""
        }
        let asked =
            switch question {
            case .quiz(let quiz): quiz.question
            case .prediction(let prediction): prediction.question
            }
        return "Question \(index + 1) of \(questions.count) (\(TerminalText.sanitize(asked))):\n"
    }

    /// Why there is nothing to answer: every question here is answered, or there is none.
    private func noOpenQuestion() -> String {
        guard let position, let lesson = currentLesson, lesson.pages.indices.contains(position.page),
            !lesson.pages[position.page].questions.isEmpty
        else { return "no question on this page; `next` moves on\n" }
        let count = lesson.pages[position.page].questions.count
        let all = count == 1 ? "the question on this page is" : "all \(count) questions on this page are"
        return "\(all) answered already; `next` moves on, `page` shows your answers\n"
    }

    /// `hint`: the next hint of the current quiz.
    func hint() -> String {
        guard let lesson = currentLesson else { return noLessonOpen }
        guard let question = currentQuestion() else { return noOpenQuestion() }
        guard case .quiz(let quiz) = question else {
            return "predictions have no hints: pick what you expect, and the demo will show what happens\n"
        }
        var progress = record[lesson: lesson.id]
        var state = progress.questions[quiz.id] ?? QuestionProgress()
        guard state.hintsUsed < quiz.hints.count else {
            return quiz.hints.isEmpty
                ? "this question has no hints\n"
                : "no more hints (all \(quiz.hints.count) shown); `page` shows them again\n"
        }
        let shown = quiz.hints[state.hintsUsed]
        state.hintsUsed += 1
        progress.questions[quiz.id] = state
        record[lesson: lesson.id] = progress
        return markdown("**Hint \(state.hintsUsed) of \(quiz.hints.count):** " + shown) + save()
    }

    private func grade(_ quiz: Quiz, _ typed: String) -> Bool? {
        switch quiz.answer {
        case .choice(let options, let correct):
            AnswerMatching.choiceIndex(typed, options: options).map { $0 == correct }
        case .text(let accepted):
            AnswerMatching.matchesText(typed, accepted: accepted)
        }
    }
}
