import Trace

/// The eventual result of work submitted to a ``ThreadPoolExecutor``: Python's
/// `concurrent.futures.Future`.
///
/// A future is pending until a worker picks it up, running while the worker calls the function,
/// then finished with its return value or error; a pending future can instead be cancelled.
/// State, cancellation and ``AnyFuture/exception(timeout:)`` are inherited from ``AnyFuture``.
/// Unlike Python, futures are only created by executors and pools (there is no public
/// `set_result`).
public final class Future<Value: Sendable>: AnyFuture, @unchecked Sendable {
    // Both are touched only by the single thread that owns the future's current state:
    // the submitter before it is queued, the worker while running (see ``AnyFuture``);
    // readers see `value` only after the state became finished under the lock.
    private var work: (@Sendable () throws -> Value)?
    private var value: Value?

    init(tracer: Tracer, work: @escaping @Sendable () throws -> Value) {
        self.work = work
        super.init(tracer: tracer)
    }

    /// Python's `result(timeout=None)`: the function's return value, waiting up to `timeout`
    /// seconds (nil: for ever) for it.
    ///
    /// Rethrows the function's error; throws ``CancelledError`` if the future was cancelled and
    /// ``TimeoutError`` if it is still not finished when the timeout passes.
    public func result(timeout: Double? = nil) throws -> Value {
        try result(until: Deadline.after(seconds: timeout))
    }

    /// Python's `add_done_callback(fn)`: calls `callback` with the future once it finishes or
    /// is cancelled, on the thread that completes it; at once, on the calling thread, if it
    /// already has. Each callback runs exactly once.
    public func addDoneCallback(_ callback: @escaping @Sendable (Future<Value>) -> Void) {
        addCallback { [self] in callback(self) }
    }

    /// ``result(timeout:)`` with an absolute deadline, for callers that share one across futures.
    func result(until deadline: Deadline?) throws -> Value {
        if let error = try waitForOutcome(until: deadline) {
            throw error
        }
        return value.unsafelyUnwrapped
    }

    override func invoke() -> (any Error)? {
        let work = self.work.unsafelyUnwrapped
        self.work = nil
        do {
            value = try work()
            return nil
        } catch {
            return error
        }
    }

    override func dropWork() {
        work = nil
    }

    override var valueTypeName: String {
        String(describing: Value.self)
    }
}
