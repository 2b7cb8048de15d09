/// The pending result of ``ThreadPool/applyAsync(_:)``: Python's `multiprocessing.pool.AsyncResult`.
public final class AsyncResult<Value: Sendable>: Sendable {
    private let future: Future<Value>

    init(_ future: Future<Value>) {
        self.future = future
    }

    /// Python's `get(timeout=None)`: the function's return value, waiting up to `timeout`
    /// seconds (nil: for ever). Rethrows the function's error and throws ``TimeoutError`` when
    /// the timeout passes first.
    ///
    /// Throws ``CancelledError`` if ``ThreadPool/terminate()`` dropped the task before it ran,
    /// where Python would leave `get()` waiting for ever.
    public func get(timeout: Double? = nil) throws -> Value {
        do {
            return try future.result(timeout: timeout)
        } catch is CancelledError {
            throw CancelledError("the pool was terminated before this task ran")
        }
    }

    /// Python's `wait(timeout=None)`: waits up to `timeout` seconds for the result. Python
    /// returns None; this also says whether the result is ready.
    @discardableResult
    public func wait(timeout: Double? = nil) -> Bool {
        future.waitUntilDone(timeout: timeout)
    }

    /// Python's `ready()`: whether the call has completed (or was dropped by `terminate`).
    public var ready: Bool {
        future.done
    }

    /// Python's `successful()`: whether the call completed without throwing. Throws
    /// ``ValueError`` if the result is not ready yet, as Python does.
    public func successful() throws -> Bool {
        guard future.done else { throw ValueError("AsyncResult not ready") }
        guard !future.cancelled else { return false }
        return try future.exception() == nil
    }
}
