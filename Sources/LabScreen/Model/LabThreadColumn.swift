/// One started thread as the lab screen shows it: its column of code and what it does next.
public struct LabThreadColumn: Sendable, Equatable {
    /// What the thread can do now.
    public enum State: Sendable, Equatable {
        /// It can run; `next` is its next step in words ("read counter", "acquire lock").
        case runnable(next: String)
        /// It cannot run, and why ("waiting for lock b, held by Thread-2").
        case blocked(String)
        /// It has returned or died.
        case finished
    }

    /// The thread's name (`Thread-1`, or the `name=` it was given).
    public var name: String
    /// What it can do now.
    public var state: State
    /// The 1-based source line of its next step, if it has one.
    public var line: Int?
    /// The 1-based column of the next step's operation on that line, counted in characters.
    public var column: Int?

    /// A thread column.
    public init(name: String, state: State, line: Int? = nil, column: Int? = nil) {
        self.name = name
        self.state = state
        self.line = line
        self.column = column
    }
}
