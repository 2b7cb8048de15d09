import Messages

/// Reads ```` ```quiz ```` blocks.
enum QuizParser {
    static let keys = ["id", "question", "choices", "answer", "accept", "hints", "explain"]

    /// The quiz, or nil when the block has errors (reported).
    static func parse(_ block: FencedBlock, session: ParseSession) -> Quiz? {
        let log = session.log
        let errorsBefore = log.diagnostics.count
        guard
            let reader = QuestionBlock.reader(
                for: block, kind: "quiz", name: Messages.text("lint.name.quiz"), keys: keys, log: log)
        else {
            return nil
        }
        let id = reader.requiredText("id")
        if let id {
            session.claimID(id, kind: Messages.text("lint.noun.question"), at: reader.location("id"))
        }
        let question = reader.requiredText("question")
        let answer = readAnswer(reader)
        let hints = reader.textList("hints")?.map(\.text) ?? []
        let explanation = reader.requiredText("explain")
        guard let id, let question, let answer, let explanation, !log.hasErrors(since: errorsBefore) else {
            return nil
        }
        if hints.isEmpty {
            log.warning(
                Messages.text("lint.quiz.no-hints"), at: block.location)
        }
        return Quiz(
            id: id, question: question, answer: answer, hints: hints, explanation: explanation,
            line: block.line)
    }

    private static func readAnswer(_ reader: MappingReader) -> QuizAnswer? {
        let log = reader.block.log
        switch (reader.has("choices"), reader.has("answer"), reader.has("accept")) {
        case (_, false, false):
            log.error(
                Messages.text("lint.quiz.no-answer"),
                at: reader.anchor)
        case (true, _, true):
            log.error(
                Messages.text("lint.quiz.choices-and-accept"),
                at: reader.location("accept"))
        case (false, true, _):
            log.error(
                Messages.text("lint.quiz.answer-without-choices"),
                at: reader.location("answer"))
        case (true, true, false):
            return readChoice(reader)
        case (false, false, true):
            // Nil means an entry was not text, already reported; only a real empty list is "empty".
            guard let accepted = reader.textList("accept") else { return nil }
            guard !accepted.isEmpty else {
                log.error(
                    Messages.text("lint.quiz.accept-empty"),
                    at: reader.location("accept"))
                return nil
            }
            return .text(accepted: accepted.map(\.text))
        }
        return nil
    }

    /// `answer` is a letter (`b`), as students see the choices, or a 1-based number.
    private static func readChoice(_ reader: MappingReader) -> QuizAnswer? {
        let log = reader.block.log
        guard let options = reader.textList("choices") else { return nil }
        guard options.count >= 2 else {
            log.error(Messages.text("lint.quiz.few-choices"), at: reader.location("choices"))
            return nil
        }
        guard let answer = reader.requiredText("answer") else { return nil }
        let last = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(min(options.count, 26) - 1)))
        let arguments: KeyValuePairs = ["answer": answer, "last": "\(last)", "count": "\(options.count)"]
        let index: Int
        if answer.count == 1, let letter = answer.lowercased().unicodeScalars.first,
            ("a"..."z").contains(letter)
        {
            index = Int(letter.value - Unicode.Scalar("a").value)
        } else if let number = Int(answer) {
            // Checked before subtracting: `answer: -9223372036854775808` must be "out of range",
            // not an arithmetic overflow.
            index = (1...options.count).contains(number) ? number - 1 : -1
        } else {
            log.error(
                Messages.text("lint.quiz.answer-not-choice", arguments),
                at: reader.location("answer"))
            return nil
        }
        guard options.indices.contains(index) else {
            log.error(
                Messages.text("lint.quiz.answer-out-of-range", arguments),
                at: reader.location("answer"))
            return nil
        }
        return .choice(options: options.map(\.text), correct: index)
    }
}
