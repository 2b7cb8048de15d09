import Lessons
import Messages
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
            return Messages.text("answer.empty") + "\n"
        }
        var progress = record[lesson: lesson.id]
        var state = progress.questions[question.id] ?? QuestionProgress()
        state.answer = typed
        state.attempts += 1
        let text: String
        switch question {
        case .quiz(let quiz):
            guard let verdict = grade(quiz, typed) else { return notAChoice(typed) }
            state.correct = verdict
            text =
                verdict
                ? Messages.text("answer.right") + "\n\n" + markdown(quiz.explanation)
                : Messages.text(state.hintsUsed < quiz.hints.count ? "answer.wrong.hint" : "answer.wrong")
                    + "\n"
        case .prediction(let prediction):
            guard let choice = AnswerMatching.choiceIndex(typed, options: prediction.choices.map(\.text))
            else { return notAChoice(typed) }
            state.answer = AnswerMatching.letter(choice)
            let picked = TerminalText.sanitize(prediction.choices[choice].text)
            text =
                Messages.text(
                    "answer.prediction-noted", ["letter": AnswerMatching.letter(choice), "choice": picked])
                + "\n" + Messages.text("answer.prediction-run", ["demo": prediction.demo]) + "\n"
        }
        progress.questions[question.id] = state
        record[lesson: lesson.id] = progress
        return whichQuestion(question) + text + updateCompletion(of: lesson) + save()
    }

    private func notAChoice(_ typed: String) -> String {
        Messages.text("answer.not-a-choice", ["typed": TerminalText.sanitize(typed)]) + "\n"
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
        return Messages.text(
            "answer.which-question",
            [
                "number": "\(index + 1)", "count": "\(questions.count)",
                "question": TerminalText.sanitize(asked),
            ])
            + "\n"
    }

    /// Why there is nothing to answer: every question here is answered, or there is none.
    private func noOpenQuestion() -> String {
        guard let position, let lesson = currentLesson, lesson.pages.indices.contains(position.page),
            !lesson.pages[position.page].questions.isEmpty
        else { return Messages.text("answer.no-question") + "\n" }
        let count = lesson.pages[position.page].questions.count
        return Messages.text(
            count == 1 ? "answer.answered.one" : "answer.answered.other", ["count": "\(count)"])
            + "\n"
    }

    /// `hint`: the next hint of the current quiz.
    func hint() -> String {
        guard let lesson = currentLesson else { return noLessonOpen }
        guard let question = currentQuestion() else { return noOpenQuestion() }
        guard case .quiz(let quiz) = question else {
            return Messages.text("hint.prediction") + "\n"
        }
        var progress = record[lesson: lesson.id]
        var state = progress.questions[quiz.id] ?? QuestionProgress()
        guard state.hintsUsed < quiz.hints.count else {
            return quiz.hints.isEmpty
                ? Messages.text("hint.none") + "\n"
                : Messages.text("hint.no-more", ["count": "\(quiz.hints.count)"]) + "\n"
        }
        let shown = quiz.hints[state.hintsUsed]
        state.hintsUsed += 1
        progress.questions[quiz.id] = state
        record[lesson: lesson.id] = progress
        return markdown(
            Messages.text(
                "hint.shown", ["number": "\(state.hintsUsed)", "count": "\(quiz.hints.count)", "hint": shown])
        )
            + save()
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
