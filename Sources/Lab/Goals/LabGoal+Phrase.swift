import Messages

extension LabGoal {
    /// What a goal asks of the student, for its words; the names and the expression it holds
    /// are the program's and stay as written.
    enum Phrase: Hashable, Sendable {
        case deadlock
        case assertion
        case exception(String)
        case end(String)
        case criticalSection
        case criticalFunction(String)

        func text(in language: Language) -> String {
            switch self {
            case .deadlock: Messages.text("lab.goal.deadlock", in: language)
            case .assertion: Messages.text("lab.goal.assertion", in: language)
            case .exception(let name): Messages.text("lab.goal.exception", ["exception": name], in: language)
            case .end(let condition): Messages.text("lab.goal.end", ["condition": condition], in: language)
            case .criticalSection: Messages.text("lab.goal.critical-section", in: language)
            case .criticalFunction(let name):
                Messages.text("lab.goal.critical-function", ["function": name], in: language)
            }
        }
    }
}
