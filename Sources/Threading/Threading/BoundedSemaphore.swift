import Trace

/// Python's `threading.BoundedSemaphore`: a ``Semaphore`` whose value may never rise above its
/// initial value, which catches releases without a matching acquire.
public final class BoundedSemaphore: Semaphore, @unchecked Sendable {
    /// Python's `BoundedSemaphore(value=1)`.
    ///
    /// - Throws: ``ValueError`` `"semaphore initial value must be >= 0"` when `value` is negative.
    public init(value: Int = 1, name: String? = nil, tracer: Tracer = TraceContext.tracer) throws {
        try super.init(value: value, bounded: true, name: name, tracer: tracer)
    }
}
