import Testing
import Trace

/// A recorder and a tracer on it, passed explicitly to each primitive so that tests running in
/// parallel never share a trace.
public struct TraceFixture: Sendable {
    public let recorder = TraceRecorder()
    public var tracer: Tracer { Tracer(recorder) }

    public init() {}

    /// Every event recorded so far, which must also make a trace file that matches the
    /// published schema.
    public var events: [TraceEvent] { conforming(recorder.events) }

    /// The world after every event recorded so far.
    public var state: TraceState {
        var state = TraceState()
        for event in conforming(recorder.events) { state.apply(event) }
        return state
    }

    /// Whether `actor` has reported `state` at least once.
    public func hasReported(_ actor: ActorID, _ state: ActorState) -> Bool {
        recorder.events.contains { $0.actor == actor && $0.kind == .transition(state) }
    }

    /// Checks `events` against the schema and returns them unchanged. The test's own thread is
    /// no actor, so what it reports (making a lock, starting a thread) carries the unassigned id
    /// 0, which no trace file may hold; the check reads those lines as reported by a declared
    /// actor, so that everything else in them is still held to the schema.
    private func conforming(_ events: [TraceEvent]) -> [TraceEvent] {
        let asSaved = events.map { event in
            var event = event
            if event.actor == .unassigned { event.actor = ActorID(TraceLimits.maximumID) }
            return event
        }
        let problems = TraceSchemaConformance.problems(events: asSaved)
        #expect(problems.isEmpty, "the trace does not match docs/trace.schema.json: \(problems)")
        return events
    }
}
