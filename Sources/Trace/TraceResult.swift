/// A named outcome a demo reported, kept in the order reported.
public struct TraceResult: Hashable, Sendable {
    /// Who reported it.
    public var actor: ActorID
    /// What is measured, such as `lost`.
    public var name: String
    /// The value as the demo formatted it.
    public var value: String

    /// Creates a result; normally only ``TraceState`` does this.
    public init(actor: ActorID, name: String, value: String) {
        self.actor = actor
        self.name = name
        self.value = value
    }
}
