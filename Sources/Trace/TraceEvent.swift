/// One thing that happened, as appended to a ``TraceRecorder``.
///
/// Events are deliberately flat and self-contained so they can be appended from
/// any thread without coordination and replayed later from JSON Lines; all
/// interpretation happens in ``TraceState``.
public struct TraceEvent: Hashable, Sendable, Codable {
    /// ``MonotonicClock`` nanoseconds; only differences between events mean anything.
    public var time: UInt64
    /// Who reported the event: the subject of a transition, the actor performing
    /// an operation, or the creator in a declaration.
    public var actor: ActorID
    /// What happened.
    public var kind: Kind
    /// Optional free text the narrator appends, for what the model cannot express.
    public var note: String?
    /// Where in a program's source the event was caused, as `file:line` (`bank.py:14`); set by
    /// traced Python programs so that the narration and a deadlock report can point at a line.
    public var source: String?

    /// Creates an event with an explicit time; use ``TraceRecorder/record(actor:kind:note:)``
    /// to have the recorder stamp it instead.
    public init(time: UInt64, actor: ActorID, kind: Kind, note: String? = nil, source: String? = nil) {
        self.time = time
        self.actor = actor
        self.kind = kind
        self.note = note
        self.source = source
    }
}
