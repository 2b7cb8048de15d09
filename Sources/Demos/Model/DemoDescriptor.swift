import Messages
import Trace

/// What a demo is called, what it takes and what it reports: the part `spindle demos`,
/// `spindle run DEMO --help`, the linter and tab completion read.
public struct DemoDescriptor: Sendable {
    /// The name typed after `run` (`shared-counter`).
    public let name: String
    /// The demo's own parameters; ``DemoCatalogue`` adds the common ones.
    public let ownParameters: [DemoParameterSpec]
    /// The results it reports, in the order it reports them.
    public let results: [DemoResultSpec]
    /// The views of the stage the demo is about, which keep their rows on a small terminal
    /// (the process tree for a demo about the tree); empty leaves the stage's own priorities.
    public let emphasis: [TraceView]

    /// Describes a demo. Its summary, its parameters' help and its results' meanings are the
    /// catalogue's entries `demos.<name>.summary`, `.param.<parameter>` and `.result.<result>`.
    public init(
        name: String, parameters: [any DeclaredDemoParameter], results: [DemoResultSpec],
        emphasis: [TraceView] = []
    ) {
        self.name = name
        ownParameters = parameters.map { $0.spec.of(demo: name) }
        self.results = results.map { $0.of(demo: name) }
        self.emphasis = emphasis
    }

    /// One line saying what the demo shows, in the current language.
    public var summary: String { summary(in: CurrentLanguage.value) }

    /// One line saying what the demo shows, in `language`.
    public func summary(in language: Language) -> String { text("summary", in: language) }

    /// Every parameter the demo accepts: its own, then `speed` and `time_limit`.
    public var parameters: [DemoParameterSpec] { ownParameters + Self.common.map(\.spec) }

    /// The pace every demo takes, read into ``DemoRun/speed``.
    public static let speed: DemoParameterKey<Double> = .pace(
        "speed", DemoParameterSpec.watchableSpeeds, default: 1)

    /// The time limit every demo takes, read into ``DemoRun/timeLimit``.
    public static let timeLimit: DemoParameterKey<Double> = .decimal(
        "time_limit", 0.5...300, default: 30)

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
    /// The demo whose catalogue entry says what it means (`demos.<demo>.result.<name>`).
    public let demo: String
    /// The values it takes, when the demo can say; lint checks predictions' conditions on them.
    public let values: Values?

    /// The values a result takes.
    public enum Values: Sendable, Equatable {
        /// `yes` or `no`.
        case yesNo
        /// A whole number of at least 0: how many of something.
        case count
    }

    /// Describes a result; the descriptor that lists it finds its meaning in the catalogue.
    public init(_ name: String, values: Values? = nil) {
        self.init(name, values: values, demo: "")
    }

    private init(_ name: String, values: Values?, demo: String) {
        self.name = name
        self.values = values
        self.demo = demo
    }

    /// The same result, explained by the catalogue entries of `demo`.
    func of(demo: String) -> DemoResultSpec {
        DemoResultSpec(name, values: values, demo: demo)
    }

    /// What it means, for `--help`, in the current language.
    public var meaning: String { meaning(in: CurrentLanguage.value) }

    /// What it means, in `language`.
    public func meaning(in language: Language) -> String {
        Messages.text("demos.\(demo).result.\(DemoText.keyWord(name))", in: language)
    }
}
