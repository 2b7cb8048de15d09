import Messages

/// The goal grammar: `deadlock`, `assertion`, `exception NAME`, `end EXPR`, `critical` and
/// `critical NAME`. Everything a goal names is checked against its program here, so that a
/// typo is a one-line error at its column instead of a lab nobody can win.
extension LabGoal {
    /// The goals a student may write, listed in the errors that ask for one.
    static var forms: String { Messages.text("lab.goal-error.forms") }

    /// The exception types a lab program can raise (see the engine's runtime errors), so that a
    /// misspelt type is refused rather than never matched.
    static let raisableExceptions = [
        "AssertionError", "AttributeError", "IndexError", "KeyError", "NameError", "OverflowError",
        "RuntimeError", "TypeError", "UnboundLocalError", "ValueError", "ZeroDivisionError", "queue.Empty",
        "queue.Full",
    ]

    public static func parse(_ text: String, for program: LabProgram) throws(LabGoalError) -> LabGoal {
        let scalars = Array(text.unicodeScalars)
        if let lineBreak = scalars.firstIndex(where: { $0 == "\n" || $0 == "\r" }) {
            throw LabGoalError(
                column: lineBreak + 1, message: Messages.text("lab.goal-error.one-line", ["forms": forms]))
        }
        var words = GoalWords(scalars)
        guard let keyword = words.next() else {
            throw LabGoalError(column: 1, message: Messages.text("lab.goal-error.empty", ["forms": forms]))
        }
        switch keyword.text {
        case "deadlock":
            try words.expectEnd(after: keyword.text)
            return LabGoal(text: text, condition: .deadlock, phrase: .deadlock)
        case "assertion":
            try words.expectEnd(after: keyword.text)
            return LabGoal(
                text: text, condition: .exception("AssertionError"), phrase: .assertion)
        case "exception":
            let name = try exceptionName(&words, after: keyword)
            return LabGoal(
                text: text, condition: .exception(name), phrase: .exception(name))
        case "end":
            let (source, column) = words.rest
            guard !source.isEmpty else {
                throw LabGoalError(
                    column: keyword.column + keyword.text.unicodeScalars.count + 1,
                    message: Messages.text("lab.goal-error.end-expression"))
            }
            let expression = try GoalExpression.parse(source, at: column, for: program)
            return LabGoal(
                text: text, condition: .end(expression),
                phrase: .end(String(String.UnicodeScalarView(source))))
        case "critical":
            return try critical(&words, text: text, for: program)
        default:
            throw LabGoalError(
                column: keyword.column,
                message: Messages.text("lab.goal-error.unknown", ["word": keyword.text, "forms": forms]))
        }
    }

    private static func exceptionName(_ words: inout GoalWords, after keyword: GoalWords.Word)
        throws(LabGoalError) -> String
    {
        let known = raisableExceptions.joined(separator: ", ")
        guard let name = words.next() else {
            throw LabGoalError(
                column: keyword.column + keyword.text.unicodeScalars.count + 1,
                message: Messages.text("lab.goal-error.exception-type"))
        }
        try words.expectEnd(after: "exception \(name.text)")
        let canonical = name.text == "_queue.Empty" ? "queue.Empty" : name.text
        guard raisableExceptions.contains(canonical) else {
            throw LabGoalError(
                column: name.column,
                message: Messages.text("lab.goal-error.not-raised", ["name": name.text, "exceptions": known]))
        }
        return canonical
    }

    private static func critical(_ words: inout GoalWords, text: String, for program: LabProgram)
        throws(LabGoalError) -> LabGoal
    {
        guard let name = words.next() else {
            let lines = Set(program.comments.filter { isCriticalMark($0.value) }.keys)
            guard !lines.isEmpty else {
                throw LabGoalError(
                    column: 1,
                    message: Messages.text("lab.goal-error.no-critical-mark"))
            }
            return LabGoal(
                text: text, condition: .criticalLines(lines),
                phrase: .criticalSection)
        }
        try words.expectEnd(after: "critical \(name.text)")
        let functions = program.functionNames
        guard functions.contains(name.text) else {
            let message =
                functions.isEmpty
                ? Messages.text("lab.goal-error.not-function.none", ["name": name.text])
                : Messages.text(
                    "lab.goal-error.not-function",
                    ["name": name.text, "functions": functions.joined(separator: ", ")])
            throw LabGoalError(column: name.column, message: message)
        }
        return LabGoal(
            text: text, condition: .criticalFunction(name.text),
            phrase: .criticalFunction(name.text))
    }

    /// A comment whose text starts with the word `critical`: `# critical`, `# critical section`.
    static func isCriticalMark(_ comment: String) -> Bool {
        let text = comment.drop(while: \.isWhitespace)
        guard text.hasPrefix("critical") else { return false }
        let after = text.dropFirst("critical".count).first
        return after.map { !($0.isLetter || $0.isNumber || $0 == "_") } ?? true
    }
}

extension LabProgram {
    /// The names of the program's own `def`s, in order, without repeats.
    var functionNames: [String] {
        var names: [String] = []
        for (index, function) in functions.enumerated()
        where index != LabProgram.moduleFunction && index != waitForFunction && function.name != "<lambda>"
            && !names.contains(function.name)
        {
            names.append(function.name)
        }
        return names
    }
}
