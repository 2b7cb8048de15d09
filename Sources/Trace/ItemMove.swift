/// An operation that moves an item into or out of a resource, for recording one whose item is
/// labelled by a whole number (see ``Tracer/record(actor:_:of:numbered:orderedBy:)``).
public enum ItemMove: Sendable {
    case put, get, send, receive

    /// The operation, with the item's label.
    public func operation(labelled label: String) -> ResourceOperation {
        switch self {
        case .put: .put(item: label)
        case .get: .get(item: label)
        case .send: .send(item: label)
        case .receive: .receive(item: label)
        }
    }
}
