/// Who holds an ownable resource (lock, rlock, condition, GIL) and how often.
public struct LockHold: Hashable, Sendable {
    /// The actor that acquired it last.
    public var owner: ActorID
    /// How many times the owner has acquired it without releasing; above 1 only for reentrant kinds.
    public var depth: Int

    /// Creates a hold; normally only ``TraceState`` does this.
    public init(owner: ActorID, depth: Int) {
        self.owner = owner
        self.depth = depth
    }
}
