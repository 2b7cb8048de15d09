/// The kind of a shared resource, which decides how ``TraceState`` interprets
/// operations on it (ownership, counting, contents or a flag).
public enum ResourceKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A mutual-exclusion lock: `acquire` makes the actor its owner, `release` frees it.
    case lock
    /// A reentrant lock: the owner may acquire again; it is free when the depth returns to zero.
    case rlock
    /// A counting semaphore: `acquire` takes one unit, `release` returns one.
    case semaphore
    /// A condition variable; it owns an underlying reentrant lock, so `acquire`/`release` track ownership like an rlock.
    case condition
    /// A FIFO or priority queue whose contents are followed through `put`/`get`.
    case queue
    /// A pipe whose in-flight chunks are followed through `send`/`receive`.
    case pipe
    /// A memory region shared between processes; `read`/`write` may carry the value seen.
    case sharedMemory
    /// A one-shot flag that actors wait for; `set` and `clear` flip it.
    case event
    /// A rendezvous point that releases its waiters once enough parties arrive.
    case barrier
    /// The global interpreter lock: a lock that every running interpreter thread must own.
    case gil

    /// The words used in narration ("shared memory", "GIL").
    public var displayName: String {
        switch self {
        case .sharedMemory: "shared memory"
        case .gil: "GIL"
        default: rawValue
        }
    }

    /// Kinds whose `acquire`/`release` give an actor exclusive ownership.
    public var hasOwner: Bool {
        switch self {
        case .lock, .rlock, .condition, .gil: true
        default: false
        }
    }

    /// Kinds that the owner may acquire again without blocking.
    public var isReentrant: Bool {
        self == .rlock || self == .condition
    }
}
