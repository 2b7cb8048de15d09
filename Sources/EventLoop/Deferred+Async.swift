extension Deferred where Value: Sendable {
    /// Suspends the calling task until the Deferred fires, then returns its value or throws its
    /// error: `await deferred` in Twisted's coroutines (asyncio's `await future`).
    ///
    /// Await it only from a task started with ``Reactor/spawn(_:)`` or ``Reactor/run(timeout:_:)``,
    /// so the Deferred is touched on the reactor thread. Not cancellable: to give up, chain
    /// ``addTimeout(_:reactor:)`` first and await that.
    public var value: Value {
        get async throws {
            try await withCheckedThrowingContinuation { continuation in
                whenFired { result in continuation.resume(with: result) }
            }
        }
    }
}
