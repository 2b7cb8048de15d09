/// What a trace is a recording of, kept in the trace file's header line so that a replay
/// shows the same title and the same emphasis as the live run did.
public struct TraceRun: Codable, Sendable, Equatable {
    /// The demo's name (`fork-tree`).
    public var demo: String
    /// The parameters as given, `NAME=VALUE` each.
    public var parameters: [String]
    /// The parts of the stage the demo is about, most important first.
    public var emphasis: [TraceView]

    /// Describes a run.
    public init(demo: String, parameters: [String] = [], emphasis: [TraceView] = []) {
        self.demo = demo
        self.parameters = parameters
        self.emphasis = emphasis
    }

    /// The demo and its parameters, as a title.
    public var title: String { ([demo] + parameters).joined(separator: " ") }

    private enum CodingKeys: String, CodingKey {
        case demo, parameters, emphasis
    }

    /// Reads a run; views this version does not know are skipped, so newer traces still play.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        demo = try container.decode(String.self, forKey: .demo)
        parameters = try container.decodeIfPresent([String].self, forKey: .parameters) ?? []
        let views = try container.decodeIfPresent([String].self, forKey: .emphasis) ?? []
        emphasis = views.compactMap(TraceView.init(rawValue:))
    }
}

/// A part of the stage, named without knowing how it is drawn, so that a demo can say what
/// matters most in it.
public enum TraceView: String, Codable, Sendable, CaseIterable {
    /// One lane per thread and process over time.
    case lanes
    /// Locks, queues, semaphores and shared memory, with their holders and contents.
    case resources
    /// Processes under their parents.
    case processTree = "process-tree"
    /// The demo's reported values.
    case results
    /// The latest events in words.
    case narration
}
