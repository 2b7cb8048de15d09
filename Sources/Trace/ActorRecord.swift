/// An actor as ``TraceState`` currently sees it.
public struct ActorRecord: Hashable, Sendable {
    /// The declaration, updated if the actor is declared again (for example once its pid is known).
    public var actor: TraceActor
    /// The latest reported state; ``ActorState/new`` until the first transition.
    public var state: ActorState
    /// When the actor entered `state`, so the stage can show how long it has been stuck.
    public var since: UInt64

    /// Creates a record; normally only ``TraceState`` does this.
    public init(actor: TraceActor, state: ActorState, since: UInt64) {
        self.actor = actor
        self.state = state
        self.since = since
    }
}
