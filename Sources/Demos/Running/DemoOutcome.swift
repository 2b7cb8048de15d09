import Messages

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

    /// One line saying how the run ended, or nil when it simply completed.
    public var endingLine: String? {
        switch ending {
        case .completed: nil
        case .stoppedEarly(let reason): Messages.text("demos.runner.stopped-early", ["reason": reason])
        case .stopped(let reason): Messages.text("demos.runner.stopped", ["reason": reason])
        case .failed(let message): Messages.text("demos.runner.failed", ["message": message])
        }
    }
}
