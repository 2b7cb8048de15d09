/// Why a goal's text is not a goal for its program: one line that names the fix, and where in
/// the goal's text the problem is.
public struct LabGoalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based, counted in characters of the goal's text.
    public var column: Int
    public var message: String

    public init(column: Int, message: String) {
        self.column = column
        self.message = message
    }

    /// `goal:COLUMN: MESSAGE`, in the style of a syntax error's `FILE:LINE:COL: MESSAGE`.
    public var description: String { "goal:\(column): \(message)" }
}
