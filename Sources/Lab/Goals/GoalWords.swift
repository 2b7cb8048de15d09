import Messages

/// The goal's text cut at spaces, with 1-based columns.
struct GoalWords {
    struct Word {
        var text: String
        var column: Int
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private mutating func skipSpaces() {
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
    }

    mutating func next() -> Word? {
        skipSpaces()
        guard index < scalars.count else { return nil }
        let start = index
        while index < scalars.count, !scalars[index].properties.isWhitespace { index += 1 }
        return Word(text: String(String.UnicodeScalarView(scalars[start..<index])), column: start + 1)
    }

    /// What is left after the words read so far, trailing spaces cut, and its column.
    var rest: (source: [Unicode.Scalar], column: Int) {
        var start = index
        while start < scalars.count, scalars[start].properties.isWhitespace { start += 1 }
        var end = scalars.count
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return (Array(scalars[start..<end]), start + 1)
    }

    mutating func expectEnd(after goal: String) throws(LabGoalError) {
        guard let extra = next() else { return }
        throw LabGoalError(
            column: extra.column,
            message: Messages.text("lab.goal-error.extra", ["goal": goal, "extra": extra.text]))
    }
}
