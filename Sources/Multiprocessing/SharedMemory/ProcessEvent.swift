import CPrimitives
import Threading
import Trace

/// Python's `multiprocessing.Event`: a flag shared with processes forked after its creation,
/// which threads of any of them can wait to see set.
///
/// The flag is one futex word in `MAP_SHARED` memory (Python builds it from a condition and a
/// semaphore); `set()` wakes every waiter in every process.
public final class ProcessEvent: @unchecked Sendable {
    // The flag is in `memory`, touched only through the C atomics.
    private let memory: SharedMemory
    private let flag: UnsafeMutablePointer<UInt32>
    let trace: ThreadingTrace

    /// Python's `multiprocessing.Event()`: a cleared event, declared to `tracer` as a resource of
    /// kind `event` named `name`.
    ///
    /// - Throws: ``SharedMemoryError`` when the system cannot map shared memory.
    public init(name: String? = nil, tracer: Tracer = TraceContext.tracer) throws(SharedMemoryError) {
        var layout = SharedMemoryLayout()
        let flagSlot = layout.reserve(UInt32.self)
        memory = try SharedMemory(layout)
        flag = memory.pointer(to: flagSlot)
        flag.initialize(to: 0)
        trace = ThreadingTrace(kind: .event, name: name, tracer: tracer)
    }

    /// Python's `is_set()`.
    public var isSet: Bool { cprim_shared_load32(flag) != 0 }

    /// Python's `set()`: sets the flag and wakes every waiting thread of every process.
    public func set() {
        trace.record(.set)
        cprim_pevent_set(flag)
    }

    /// Python's `clear()`: later waits block until the next `set()`.
    public func clear() {
        trace.record(.clear)
        cprim_pevent_clear(flag)
    }

    /// Python's `wait(timeout=None)`: returns at once if the flag is set, otherwise waits until it
    /// is set or `timeout` seconds pass (`nil` waits for ever).
    ///
    /// - Returns: the flag on return, so false means the wait timed out.
    @discardableResult
    public func wait(timeout: Double? = nil) -> Bool {
        if isSet { return true }
        trace.transition(.waiting(.event(trace.resource)))
        let result = cprim_pevent_wait(flag, Deadline.futexNanoseconds(after: timeout))
        trace.transition(.running)
        return result == 0
    }
}
