import CPrimitives
import Threading
import Trace

/// The counter behind ``ProcessSemaphore`` and ``ProcessBoundedSemaphore``: a `cprim_psem` (value
/// and sleeper count) in `MAP_SHARED` memory, so an uncontended acquire or release is one
/// compare-exchange and a waiter sleeps on a futex that any process can wake.
final class SharedSemaphoreCore: @unchecked Sendable {
    /// Python's `SEM_VALUE_MAX` on Linux: the most an unbounded semaphore may count to.
    static let maximumValue = Int(Int32.max)

    // The counter is in `memory`, touched only through the C atomics.
    private let memory: SharedMemory
    private let semaphore: UnsafeMutablePointer<cprim_psem>
    /// The most the value may reach: the initial value for a bounded semaphore.
    private let bound: UInt32
    let trace: ThreadingTrace

    /// - Throws: ``ValueError`` when `initial` is negative or above ``maximumValue``, or
    ///   ``SharedMemoryError`` when the system cannot map shared memory.
    init(initial: Int, bounded: Bool, name: String?, tracer: Tracer) throws {
        guard initial >= 0 else { throw ValueError("semaphore initial value must be >= 0") }
        guard initial <= Self.maximumValue else { throw ValueError("semaphore initial value is too large") }
        var layout = SharedMemoryLayout()
        let slot = layout.reserve(cprim_psem.self)
        memory = try SharedMemory(layout)
        semaphore = memory.pointer(to: slot)
        semaphore.initialize(to: cprim_psem(value: UInt32(initial), sleepers: 0))
        bound = UInt32(bounded ? initial : Self.maximumValue)
        trace = ThreadingTrace(kind: .semaphore, name: name, capacity: initial, tracer: tracer)
    }

    var currentValue: Int {
        Int(cprim_shared_load32(&semaphore.pointee.value))
    }

    func acquire(blocking: Bool, timeout: Double?) -> Bool {
        guard cprim_psem_try(semaphore) != 0 || acquireContended(blocking: blocking, timeout: timeout)
        else { return false }
        trace.record(.acquire)
        return true
    }

    func release(_ n: Int) throws(ValueError) {
        guard n >= 1 else { throw ValueError("n must be one or more") }
        let count = UInt32(clamping: n)
        if trace.isEnabled {
            // Recorded before the units are returned, so that an acquire they make possible can
            // never appear first in the trace; checked first so that a refused release leaves
            // nothing behind (unless another thread's release gets in between).
            try checkBound(adding: n)
            trace.record(.release, times: n)
        }
        guard cprim_psem_release_many(semaphore, count, bound) == 0 else {
            throw ProcessLock.releasedTooManyTimes
        }
    }

    private func checkBound(adding n: Int) throws(ValueError) {
        guard n <= Int(bound) - currentValue else { throw ProcessLock.releasedTooManyTimes }
    }

    private func acquireContended(blocking: Bool, timeout: Double?) -> Bool {
        guard blocking else { return false }
        if let timeout, !(timeout > 0) { return false }
        trace.transition(.blocked(on: trace.resource))
        let acquired = cprim_psem_acquire_slow(semaphore, Deadline.futexNanoseconds(after: timeout)) == 0
        trace.transition(.running)
        return acquired
    }
}
