/// The state of a lab run as the student sees it, in words: what the full screen and the plain
/// session draw. The game builds it; the screen only reads it.
public struct LabSnapshot: Sendable, Equatable {
    /// The lab's title.
    public var title: String
    /// The goal in words ("finish with counter == 1"); nil for free play.
    public var goal: String?
    /// The program's source, one line per element (line 1 first).
    public var sourceLines: [String]
    /// The started threads, in id order; the key of each is its index plus one.
    public var threads: [LabThreadColumn]
    /// Globals that hold plain values, with their reprs.
    public var variables: [LabNamedValue]
    /// Shared objects with their kind and state ("Lock: held by Thread-1").
    public var objects: [LabNamedValue]
    /// Steps taken so far.
    public var stepCount: Int
    /// The last few steps in words, oldest first ("Thread-1 read counter (0)").
    public var recentSteps: [String]
    /// What the program printed so far, one line per element.
    public var output: [String]
    /// Playing, won or ended.
    public var phase: LabPhase
    /// The answer to the last key, if it had one.
    public var message: String?
    /// The seed of the last auto-run, so the student can repeat it.
    public var seed: UInt64?

    /// A snapshot; only the title is required.
    public init(
        title: String, goal: String? = nil, sourceLines: [String] = [], threads: [LabThreadColumn] = [],
        variables: [LabNamedValue] = [], objects: [LabNamedValue] = [], stepCount: Int = 0,
        recentSteps: [String] = [], output: [String] = [], phase: LabPhase = .playing,
        message: String? = nil, seed: UInt64? = nil
    ) {
        self.title = title
        self.goal = goal
        self.sourceLines = sourceLines
        self.threads = threads
        self.variables = variables
        self.objects = objects
        self.stepCount = stepCount
        self.recentSteps = recentSteps
        self.output = output
        self.phase = phase
        self.message = message
        self.seed = seed
    }
}
