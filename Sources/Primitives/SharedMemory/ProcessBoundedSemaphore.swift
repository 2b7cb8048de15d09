import Trace

/// Python's `multiprocessing.BoundedSemaphore`: a ``ProcessSemaphore`` whose value may never rise
/// above its initial value, which catches releases without a matching acquire.
public final class ProcessBoundedSemaphore: @unchecked Sendable {
    // All state lives in `core`'s shared memory.
    let core: SharedSemaphoreCore

    /// Python's `multiprocessing.BoundedSemaphore(value=1)`.
    ///
    /// - Throws: ``ValueError`` when `value` is negative or above 2³¹ − 1, or
    ///   ``SharedMemoryError`` when the system cannot map shared memory.
    public init(value: Int = 1, name: String? = nil, tracer: Tracer = TraceContext.tracer) throws {
        core = try SharedSemaphoreCore(initial: value, bounded: true, name: name, tracer: tracer)
    }

    /// Python's `acquire(block=True, timeout=None)`; see ``ProcessSemaphore/acquire(blocking:timeout:)``.
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: Double? = nil) -> Bool {
        core.acquire(blocking: blocking, timeout: timeout)
    }

    /// Python's `release()`, `n` times in one step, unless that would exceed the initial value.
    ///
    /// - Throws: ``ValueError`` `"semaphore or lock released too many times"` on over-release
    ///   (nothing is released then), or `"n must be one or more"` when `n` is below 1.
    public func release(_ n: Int = 1) throws(ValueError) {
        try core.release(n)
    }

    /// Python's `with semaphore:`: runs `body` holding one unit.
    public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        acquire()
        defer { try? release() }
        return try body()
    }

    /// Python's `get_value()`: the current count, a snapshot that may change at once.
    public var value: Int { core.currentValue }
}
