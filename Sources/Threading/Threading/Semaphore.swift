import Trace

/// Python's `threading.Semaphore`: a counter that `acquire` decrements, waiting while it is zero,
/// and `release` increments.
///
/// The trace declares it with its initial value as capacity, so the stage can show the count.
public class Semaphore: @unchecked Sendable {
    // All state lives in `core`, which guards itself.
    let core: SemaphoreCore

    /// Python's `Semaphore(value=1)`.
    ///
    /// - Throws: ``ValueError`` `"semaphore initial value must be >= 0"` when `value` is negative.
    public convenience init(value: Int = 1, name: String? = nil, tracer: Tracer = TraceContext.tracer) throws
    {
        try self.init(value: value, bounded: false, name: name, tracer: tracer)
    }

    init(value: Int, bounded: Bool, name: String?, tracer: Tracer) throws {
        core = try SemaphoreCore(initial: value, bounded: bounded, name: name, tracer: tracer)
    }

    /// Python's `acquire(blocking=True, timeout=None)`: takes one unit, waiting at most `timeout`
    /// seconds (`nil` waits for ever); returns whether it got one.
    ///
    /// Differences from Python: a timeout with `blocking: false` is ignored rather than rejected,
    /// and a negative timeout means "do not wait".
    @discardableResult
    public final func acquire(blocking: Bool = true, timeout: Double? = nil) -> Bool {
        core.acquire(blocking: blocking, timeout: timeout)
    }

    /// Python's `release(n=1)`: returns `n` units, waking up to `n` waiting threads.
    ///
    /// - Throws: ``ValueError`` `"n must be one or more"` when `n` is below 1; for a
    ///   ``BoundedSemaphore``, `"Semaphore released too many times"` on over-release (nothing is
    ///   released then).
    public final func release(_ n: Int = 1) throws {
        try core.release(n)
    }

    /// Python's `with semaphore:`: runs `body` holding one unit.
    public final func withLock<T>(_ body: () throws -> T) rethrows -> T {
        acquire()
        defer { try? release() }
        return try body()
    }

    /// The current count (Python's private `_value`); a snapshot that may change at once.
    public final var value: Int { core.currentValue }
}
