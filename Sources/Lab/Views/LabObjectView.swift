/// A shared object stored in a global (a lock, condition, semaphore, event, barrier, queue, list
/// or dict), in words a student reads at a glance.
public struct LabObjectView: Hashable, Sendable {
    /// The global it is stored in: `lock`.
    public var name: String
    /// Its type, with what it was made with: `Lock`, `Queue(maxsize=2)`, `Barrier(3)`.
    public var kind: String
    /// Its state and who waits for it: `held by Thread-1 (worker); waiting: Thread-2 (worker)`,
    /// `value 1`, `set`, `[1, 2] (2 of 2)`.
    public var state: String

    public init(name: String, kind: String, state: String) {
        self.name = name
        self.kind = kind
        self.state = state
    }
}
