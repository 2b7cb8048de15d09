import Synchronization

/// A counter and log shared between test threads. It is guarded by the standard library's
/// mutex, so the tests of a primitive never depend on the primitive under test.
public final class GuardedCounter: Sendable {
    private let state = Mutex<(count: Int, log: [String])>((0, []))

    public init() {}

    public func increment() {
        state.withLock { $0.count += 1 }
    }

    public func append(_ entry: String) {
        state.withLock { $0.log.append(entry) }
    }

    public var value: Int { state.withLock { $0.count } }
    public var entries: [String] { state.withLock { $0.log } }
}
