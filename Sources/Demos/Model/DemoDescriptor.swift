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
        name: String, summary: String, parameters: [DemoParameterSpec], results: [DemoResultSpec],
        emphasis: [TraceView] = []
    ) {
        self.name = name
        self.summary = summary
        ownParameters = parameters
        self.results = results
        self.emphasis = emphasis
    }

    /// Every parameter the demo accepts: its own, then `speed` and `time_limit`.
    public var parameters: [DemoParameterSpec] { ownParameters + DemoParameterSpec.common }

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
