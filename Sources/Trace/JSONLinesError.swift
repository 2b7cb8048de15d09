/// Why a JSON Lines trace could not be read, pointing at the offending line
/// so a learner editing a trace by hand can fix it.
public struct JSONLinesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line number in the input.
    public var line: Int
    /// What is wrong, such as `missing field "time"`.
    public var reason: String

    /// Creates an error for `line`.
    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    /// `line 7: missing field "time"`.
    public var description: String { "line \(line): \(reason)" }
}
