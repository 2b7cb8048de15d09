import Trace

/// A recorder and a tracer on it, passed explicitly to each primitive so that tests running in
/// parallel never share a trace.
public struct TraceFixture: Sendable {
    public let recorder = TraceRecorder()
    public var tracer: Tracer { Tracer(recorder) }

    public init() {}

    public var events: [TraceEvent] { recorder.events }

    /// The world after every event recorded so far.
    public var state: TraceState {
        var state = TraceState()
        for event in recorder.events { state.apply(event) }
        return state
    }

    /// Whether `actor` has reported `state` at least once.
    public func hasReported(_ actor: ActorID, _ state: ActorState) -> Bool {
        recorder.events.contains { $0.actor == actor && $0.kind == .transition(state) }
    }
}
