import Synchronization

/// A value written by one thread and read by another, guarded by the standard library's mutex.
public final class GuardedBox<Value: Sendable>: Sendable {
    private let stored: Mutex<Value>

    public init(_ value: Value) {
        stored = Mutex(value)
    }

    public var value: Value {
        get { stored.withLock { $0 } }
        set { stored.withLock { $0 = newValue } }
    }
}
