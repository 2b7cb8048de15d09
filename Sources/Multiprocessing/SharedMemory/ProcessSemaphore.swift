import Threading
import Trace

/// Python's `multiprocessing.Semaphore`: a counter shared with processes forked after its
/// creation, which `acquire` decrements (waiting while it is zero) and `release` increments.
///
/// The trace declares it with its initial value as capacity, so the stage can show the count.
///
/// Differences from Python: the flag is spelled `blocking` rather than `block`, and `release`
/// takes a count as `threading.Semaphore.release(n)` does.
public class ProcessSemaphore: @unchecked Sendable {
    // All state lives in `core`'s shared memory.
    let core: SharedSemaphoreCore

    /// Python's `multiprocessing.Semaphore(value=1)`.
    ///
    /// - Throws: ``ValueError`` when `value` is negative or above 2³¹ − 1 (Python's
    ///   `SEM_VALUE_MAX`), or ``SharedMemoryError`` when the system cannot map shared memory.
    public convenience init(value: Int = 1, name: String? = nil, tracer: Tracer = TraceContext.tracer) throws
    {
        try self.init(value: value, bounded: false, name: name, tracer: tracer)
    }

    init(value: Int, bounded: Bool, name: String?, tracer: Tracer) throws {
        core = try SharedSemaphoreCore(initial: value, bounded: bounded, name: name, tracer: tracer)
    }

    /// Python's `acquire(block=True, timeout=None)`: takes one unit, waiting at most `timeout`
    /// seconds (`nil` waits for ever); returns whether it got one.
    ///
    /// As in Python, `timeout` is ignored when `blocking` is false, and a negative timeout means
    /// "do not wait".
    @discardableResult
    public final func acquire(blocking: Bool = true, timeout: Double? = nil) -> Bool {
        core.acquire(blocking: blocking, timeout: timeout)
    }

    /// Python's `release()`, `n` times in one step, waking up to `n` waiters.
    ///
    /// - Throws: ``ValueError`` `"n must be one or more"` when `n` is below 1, or
    ///   `"semaphore or lock released too many times"` if the count would pass 2³¹ − 1 (or, for a
    ///   ``ProcessBoundedSemaphore``, its initial value; nothing is released then).
    public final func release(_ n: Int = 1) throws(ValueError) {
        try core.release(n)
    }

    /// Python's `with semaphore:`: runs `body` holding one unit.
    public final func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        acquire()
        defer { try? release() }
        return try body()
    }

    /// Python's `get_value()`: the current count, a snapshot that may change at once.
    public final var value: Int { core.currentValue }
}
