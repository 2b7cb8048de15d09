/// What lint needs to know about a lab beyond its block's shape: whether the program parses in
/// the lab's subset of Python, whether the goal names what the program has, and whether the goal
/// is reachable as the block declares. `Lessons` must not depend on the lab engine, so the
/// executable, which has both, hands an implementation in, as it does `DemoSignatures`.
public protocol LabChecking: Sendable {
    /// Everything wrong with the lab; empty when it is sound.
    ///
    /// - Parameters:
    ///   - program: The Python text (for code written in the block, without its indentation).
    ///   - file: The name to give the program in messages (`LabProgramText.file`).
    ///   - goal: The goal as written.
    ///   - reachable: Whether the block says some schedule meets the goal.
    func check(program: String, file: String, goal: String, reachable: Bool) -> [LabCheckProblem]
}

/// One problem a `LabChecking` found, placed where the instructor fixes it.
public struct LabCheckProblem: Sendable, Equatable {
    /// Where the problem is.
    public enum Place: Sendable, Equatable {
        /// In the Python text given, 1-based.
        case program(line: Int, column: Int)
        /// Inside the goal text, 1-based.
        case goal(column: Int)
        /// The block as a whole, e.g. a goal declared reachable that no schedule meets.
        case block
    }

    /// Where the problem is.
    public var place: Place
    /// What is wrong and how to fix it, in one sentence.
    public var message: String

    /// Creates a problem.
    public init(place: Place, message: String) {
        self.place = place
        self.message = message
    }
}
