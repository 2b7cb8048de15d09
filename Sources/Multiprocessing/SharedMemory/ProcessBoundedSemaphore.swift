import Threading
import Trace

/// Python's `multiprocessing.BoundedSemaphore`: a ``ProcessSemaphore`` whose value may never rise
/// above its initial value, which catches releases without a matching acquire.
public final class ProcessBoundedSemaphore: ProcessSemaphore, @unchecked Sendable {
    /// Python's `multiprocessing.BoundedSemaphore(value=1)`.
    ///
    /// - Throws: ``ValueError`` when `value` is negative or above 2³¹ − 1, or
    ///   ``SharedMemoryError`` when the system cannot map shared memory.
    public init(value: Int = 1, name: String? = nil, tracer: Tracer = TraceContext.tracer) throws {
        try super.init(value: value, bounded: true, name: name, tracer: tracer)
    }
}
