/// A ```` ```lab ```` block: a small Python program the student plays by choosing which thread
/// runs next, until the goal is met or shown to be out of reach.
public struct LabBlock: Sendable, Equatable {
    /// Identifier, unique within the lesson; `lab ID` and the progress file use it.
    public var id: String
    /// One line, shown on the page and above the lab.
    public var title: String
    /// Where the Python program is: a file beside the lesson, or code in the block.
    public var program: LabProgramSource
    /// The goal as written (`end counter == 1`); its grammar belongs to the lab engine, which the
    /// executable's `LabChecking` applies.
    public var goal: String
    /// Line of `goal:` in the lesson file (1-based).
    public var goalLine: Int
    /// Whether the instructor says some schedule meets the goal; lint proves it either way.
    public var reachable: Bool
    /// Hints, from gentle to nearly the answer; the lab shows them one at a time.
    public var hints: [String]
    /// Shown after a win, or once exploring proves the goal out of reach; empty when none.
    public var explanation: String
    /// Line of the opening fence (1-based).
    public var line: Int

    /// Creates a lab block.
    public init(
        id: String, title: String, program: LabProgramSource, goal: String, goalLine: Int,
        reachable: Bool, hints: [String] = [], explanation: String = "", line: Int
    ) {
        self.id = id
        self.title = title
        self.program = program
        self.goal = goal
        self.goalLine = goalLine
        self.reachable = reachable
        self.hints = hints
        self.explanation = explanation
        self.line = line
    }
}

/// Where a lab's Python program is written.
public enum LabProgramSource: Sendable, Equatable {
    /// A file, as written in `program:`, relative to the lesson's folder (`labs/lost-update.py`).
    case file(path: String)
    /// Code written in the block under `code: |`; `firstLine` is the lesson-file line of the
    /// code's line 1.
    case inline(code: String, firstLine: Int)
}
