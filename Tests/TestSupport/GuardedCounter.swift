/// A counter and log shared between test threads, guarded as ``GuardedBox`` is, so the tests
/// of a primitive never depend on the primitive under test.
public final class GuardedCounter: Sendable {
    private let state = GuardedBox<(count: Int, log: [String])>((0, []))

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
