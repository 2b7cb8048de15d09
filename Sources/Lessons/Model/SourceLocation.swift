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
