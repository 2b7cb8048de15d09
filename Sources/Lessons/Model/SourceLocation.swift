/// A position in a lesson file, as an editor counts it.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in characters.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// Where the parts of a lesson that cross-lesson and catalogue checks talk about were written,
/// so `spindle lint` can point at the exact spot rather than at the whole file.
public struct LessonLocations: Sendable, Equatable {
    /// The `id` value in the front matter.
    public var id: SourceLocation
    /// The `order` value, or the start of the file when the order comes from the file name.
    public var order: SourceLocation
    /// Each entry of `requires`, in the same order as `Lesson.requires`.
    public var requires: [SourceLocation]
    /// The name in each demo fence, keyed by the fence's line (`DemoBlock.line`).
    public var demoNames: [Int: SourceLocation]
    /// The `result` value of each prediction, keyed by the fence's line (`Prediction.line`).
    public var predictionResults: [Int: SourceLocation]
    /// The `when` value of each choice of a prediction, in order, keyed by the fence's line.
    public var choiceConditions: [Int: [SourceLocation]] = [:]
    /// Where the parts of each lab block were written, keyed by the fence's line (`LabBlock.line`).
    public var labs: [Int: LabLocations] = [:]
    /// The `locale` value, or the start of the file when there is none.
    public var locale = SourceLocation(line: 1, column: 1)

    /// Creates a location map; everything defaults to the start of the file.
    public init(
        id: SourceLocation = SourceLocation(line: 1, column: 1),
        order: SourceLocation = SourceLocation(line: 1, column: 1),
        requires: [SourceLocation] = [],
        demoNames: [Int: SourceLocation] = [:],
        predictionResults: [Int: SourceLocation] = [:]
    ) {
        self.id = id
        self.order = order
        self.requires = requires
        self.demoNames = demoNames
        self.predictionResults = predictionResults
    }
}

/// Where the parts of one lab block were written, so problems the lab engine finds in its goal
/// or inline code land on the right character of the lesson file.
public struct LabLocations: Sendable, Equatable {
    /// The opening fence.
    public var fence: SourceLocation
    /// The `program:` value; for code in the block, the position of the code's line 1, column 1.
    public var program: SourceLocation
    /// The first character of the goal's text.
    public var goal: SourceLocation

    /// Creates the locations of a lab block.
    public init(fence: SourceLocation, program: SourceLocation, goal: SourceLocation) {
        self.fence = fence
        self.program = program
        self.goal = goal
    }
}
