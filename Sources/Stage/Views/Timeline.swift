import Messages
import Trace

/// A trace as the stage needs it: every actor's state intervals, the reduced
/// ``TraceState`` and the narration, built incrementally so a live demo can feed
/// thousands of events a second and any time window can still be drawn.
public struct Timeline: Sendable {
    /// One narrated event with the time it happened, so narration can stop at "now".
    public struct Entry: Hashable, Sendable {
        /// The event's ``MonotonicClock`` nanoseconds.
        public var time: UInt64
        /// What the narrator said about it.
        public var line: NarrationLine
    }

    /// The narrator doubles as the reducer, so lanes, resources and sentences agree.
    private var narrator: Narrator
    private var histories: [ActorID: LaneHistory] = [:]

    /// Every event narrated, in the order appended.
    public private(set) var narration: [Entry] = []
    /// The time of the first event; `nil` while empty.
    public private(set) var origin: UInt64?
    /// The latest event time seen.
    public private(set) var latest: UInt64 = 0
    /// Resources an event operated on or an actor blocked or waited on.
    public private(set) var usedResources: Set<ResourceID> = []

    /// An empty timeline, narrated in `language`.
    public init(language: Language = CurrentLanguage.value) {
        narrator = Narrator(language: language)
    }

    /// The world after every appended event.
    public var state: TraceState { narrator.state }

    /// The intervals of a declared actor; empty for an unknown one.
    public func history(of actor: ActorID) -> LaneHistory {
        histories[actor] ?? LaneHistory()
    }

    /// Folds `events` in, in order; costs time proportional to their number only.
    public mutating func append(_ events: [TraceEvent]) {
        for event in events { append(event) }
    }

    /// Folds one event in.
    public mutating func append(_ event: TraceEvent) {
        if origin == nil { origin = event.time }
        latest = max(latest, event.time)
        narration.append(Entry(time: event.time, line: narrator.narrate(event)))
        switch event.kind {
        case .declareActor(let actor) where histories[actor.id] == nil:
            histories[actor.id, default: LaneHistory()].append(.new, at: event.time)
        case .transition(let state):
            // Like the reducer, ignore transitions of undeclared actors rather than invent lanes.
            histories[event.actor]?.append(state, at: event.time)
            if let resource = state.resource { usedResources.insert(resource) }
        case .operation(let resource, _):
            usedResources.insert(resource)
        default:
            break
        }
    }
}
