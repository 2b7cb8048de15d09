import Trace

/// Python's `threading.BoundedSemaphore`: a ``Semaphore`` whose value may never rise above its
/// initial value, which catches releases without a matching acquire.
public final class BoundedSemaphore: @unchecked Sendable {
    // All state lives in `core`, which guards itself.
    let core: SemaphoreCore

    /// Python's `BoundedSemaphore(value=1)`.
    ///
    /// - Throws: ``ValueError`` `"semaphore initial value must be >= 0"` when `value` is negative.
    public init(value: Int = 1, name: String? = nil, tracer: Tracer = TraceContext.tracer) throws {
        core = try SemaphoreCore(initial: value, bounded: true, name: name, tracer: tracer)
    }

    /// Python's `acquire(blocking=True, timeout=None)`; see ``Semaphore/acquire(blocking:timeout:)``.
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: Double? = nil) -> Bool {
        core.acquire(blocking: blocking, timeout: timeout)
    }

    /// Python's `release(n=1)`: returns `n` units unless that would exceed the initial value.
    ///
    /// - Throws: ``ValueError`` `"Semaphore released too many times"` on over-release (nothing is
    ///   released then), or `"n must be one or more"` when `n` is below 1.
    public func release(_ n: Int = 1) throws {
        try core.release(n)
    }

    /// Python's `with semaphore:`: runs `body` holding one unit.
    public func withLock<T>(_ body: () throws -> T) rethrows -> T {
        acquire()
        defer { try? release() }
        return try body()
    }

    /// The current count (Python's private `_value`); a snapshot that may change at once.
    public var value: Int { core.currentValue }
}
