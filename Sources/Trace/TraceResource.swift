/// A shared resource as declared by the primitive that owns it.
///
/// Declared once through ``TraceEvent/Kind/declareResource(_:)`` before any
/// operation on it, so that later events can refer to it by ``ResourceID`` only.
public struct TraceResource: Hashable, Sendable, Codable {
    /// The trace-wide identity, allocated by ``TraceRecorder/nextResourceID()``.
    public var id: ResourceID
    /// Decides how operations on the resource are interpreted.
    public var kind: ResourceKind
    /// The label shown to learners; empty means unnamed and narration falls back to `lock#1`.
    public var name: String
    /// A bound that matters for display: a queue's maxsize, a semaphore's initial
    /// value (the reducer counts down from it) or a barrier's number of parties.
    /// `nil` means unbounded or unknown.
    public var capacity: Int?

    /// Creates a resource description; `capacity` is only meaningful for queues,
    /// semaphores and barriers.
    public init(id: ResourceID, kind: ResourceKind, name: String, capacity: Int? = nil) {
        self.id = id
        self.kind = kind
        self.name = name
        self.capacity = capacity
    }
}
