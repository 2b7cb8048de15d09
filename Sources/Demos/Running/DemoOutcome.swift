/// How a demo run ended and what it measured.
public struct DemoOutcome: Sendable, Equatable {
    /// How the run ended.
    public enum Ending: Sendable, Equatable {
        /// The demo did all its work.
        case completed
        /// The demo stopped itself before the end (its time limit), and said why.
        case stoppedEarly(String)
        /// The demo was stopped from outside: the student, or the time limit it overran.
        case stopped(String)
        /// The demo failed; the message says how.
        case failed(String)
    }

    /// The results, in the order reported.
    public var results: [DemoResult]
    /// How it ended.
    public var ending: Ending

    /// The value of the result with this name.
    public func value(of name: String) -> String? {
        results.first { $0.name == name }?.value
    }
}
