import Messages

/// What a lab asks the student to make happen, parsed from one line of text (see
/// ``parse(_:for:)`` for the grammar). A goal is judged on a state of a run by
/// ``LabEngine/isMet(_:)`` and searched for by ``GoalSearch``.
public struct LabGoal: Hashable, Sendable, CustomStringConvertible {
    /// What makes a state win.
    enum Condition: Hashable, Sendable {
        /// The run ended with every remaining thread blocked.
        case deadlock
        /// Some thread raised an uncaught exception of this type (`AssertionError` for the
        /// `assertion` goal); `queue.Empty` and `Empty` match the engine's `_queue.Empty`.
        case exception(String)
        /// The run completed and the expression, over the program's globals, is true.
        case end(PyExpression)
        /// Two threads' next steps are on lines marked `# critical`.
        case criticalLines(Set<Int>)
        /// Two threads have a call of the function of this name on their stacks.
        case criticalFunction(String)
    }

    /// The goal as written.
    public private(set) var text: String
    let condition: Condition
    /// What the goal asks, kept apart from its words so the screen can say it in any language.
    let phrase: Phrase

    /// The goal in words, for the lab's screen: "reach a deadlock", "finish with counter == 1".
    public var description: String { description(in: CurrentLanguage.value) }

    public func description(in language: Language) -> String { phrase.text(in: language) }
}
