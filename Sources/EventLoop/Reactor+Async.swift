import Threading

/// Swift `async` code on the reactor: the bridge between callbacks and coroutines, as Twisted's
/// `ensureDeferred`/`inlineCallbacks` and asyncio's tasks.
extension Reactor {
    /// Starts `body` as a Swift task whose nonisolated code runs on the reactor thread, interleaved
    /// with the reactor's callbacks: asyncio's `loop.create_task`, Twisted's `ensureDeferred`.
    ///
    /// The task starts when the reactor next runs its queue. Its `await`s (``sleep(_:)``,
    /// ``Deferred/value``) suspend it and let callbacks run; an actor-isolated call would leave the
    /// reactor thread until it returns. Any thread may call this.
    @discardableResult
    public func spawn(_ body: @escaping @Sendable () async throws -> Void) -> Task<Void, any Error> {
        Task(executorPreference: executor) {
            try await body()
        }
    }

    /// Runs the reactor until `body` finishes, then returns its result or rethrows its error:
    /// asyncio's `loop.run_until_complete`, Twisted's `task.react`.
    ///
    /// Throws ``ReactorTimeoutError`` if `timeout` seconds pass first, and `CancellationError` if
    /// something calls ``stop()`` first; either way the task is cancelled.
    public func run<Value: Sendable>(
        timeout: Double? = nil, _ body: @escaping @Sendable () async throws -> Value
    ) throws -> Value {
        let outcome = ReactorOutcome<Value>()
        let task = Task(executorPreference: executor) { [self] in
            do {
                outcome.set(.success(try await body()))
            } catch {
                outcome.set(.failure(error))
            }
            schedule { self.stop() }
        }
        let stopped: Bool
        if let timeout {
            stopped = run(timeout: timeout)
        } else {
            run()
            stopped = true
        }
        if let result = outcome.take() {
            return try result.get()
        }
        task.cancel()
        if stopped { throw CancellationError() }
        throw ReactorTimeoutError(operation: "reactor.run(body)", seconds: timeout ?? 0)
    }

    /// Suspends the calling task for at least `seconds`, letting the reactor run other callbacks:
    /// asyncio's `await asyncio.sleep`, Twisted's `deferLater`.
    ///
    /// Unlike `Task.sleep`, it ignores task cancellation (like a Twisted timer, it simply fires);
    /// callable from any task, it resumes on the reactor thread only for tasks started with ``spawn(_:)``.
    public func sleep(_ seconds: Double) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            if isReactorThread {
                callLater(seconds) { continuation.resume() }
            } else {
                callFromThread { self.callLater(seconds) { continuation.resume() } }
            }
        }
    }
}

/// The result of a ``Reactor/run(timeout:_:)`` body, handed from the task to the caller of `run`.
/// Both normally run on the reactor thread; the mutex keeps it sound if the body ends elsewhere.
private final class ReactorOutcome<Value: Sendable>: @unchecked Sendable {
    // `value` is guarded by `mutex`.
    private let mutex = PthreadMutex()
    private var value: Result<Value, any Error>?

    func set(_ result: Result<Value, any Error>) {
        mutex.withLock { value = result }
    }

    func take() -> Result<Value, any Error>? {
        mutex.withLock { value }
    }
}
