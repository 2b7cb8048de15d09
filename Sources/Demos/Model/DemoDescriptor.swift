import Trace

/// What a demo is called, what it takes and what it reports: the part `spindle demos`,
/// `spindle run DEMO --help`, the linter and tab completion read.
public struct DemoDescriptor: Sendable {
    /// The name typed after `run` (`shared-counter`).
    public let name: String
    /// One line saying what the demo shows.
    public let summary: String
    /// The demo's own parameters; ``DemoCatalogue`` adds the common ones.
    public let ownParameters: [DemoParameterSpec]
    /// The results it reports, in the order it reports them.
    public let results: [DemoResultSpec]
    /// The views of the stage the demo is about, which keep their rows on a small terminal
    /// (the process tree for a demo about the tree); empty leaves the stage's own priorities.
    public let emphasis: [TraceView]

    /// Describes a demo.
    public init(
        name: String, summary: String, parameters: [any DeclaredDemoParameter], results: [DemoResultSpec],
        emphasis: [TraceView] = []
    ) {
        self.name = name
        self.summary = summary
        ownParameters = parameters.map(\.spec)
        self.results = results
        self.emphasis = emphasis
    }

    /// Every parameter the demo accepts: its own, then `speed` and `time_limit`.
    public var parameters: [DemoParameterSpec] { ownParameters + Self.common.map(\.spec) }

    /// The pace every demo takes, read into ``DemoRun/speed``.
    public static let speed: DemoParameterKey<Double> = .pace(
        "speed", DemoParameterSpec.watchableSpeeds, default: 1,
        "pace: 1 is slow enough to watch, 2 twice as fast, 0 full speed with no pauses")

    /// The time limit every demo takes, read into ``DemoRun/timeLimit``.
    public static let timeLimit: DemoParameterKey<Double> = .decimal(
        "time_limit", 0.5...300, default: 30, "seconds after which the demo stops early and says so")

    /// The parameters every demo takes, after its own.
    static let common = [speed, timeLimit]

    /// The parameter with this name.
    public func parameter(named name: String) -> DemoParameterSpec? {
        parameters.first { $0.name == name }
    }
}

/// A result a demo reports: `result NAME=VALUE` in plain mode.
public struct DemoResultSpec: Sendable, Equatable {
    /// Its name, in snake_case (`lost`, `round_trips_per_s`).
    public let name: String
    /// What it means, for `--help`.
    public let meaning: String
    /// The values it takes, when the demo can say; lint checks predictions' conditions on them.
    public let values: Values?

    /// The values a result takes.
    public enum Values: Sendable, Equatable {
        /// `yes` or `no`.
        case yesNo
        /// A whole number of at least 0: how many of something.
        case count
    }

    /// Describes a result.
    public init(_ name: String, _ meaning: String, values: Values? = nil) {
        self.name = name
        self.meaning = meaning
        self.values = values
    }
}
