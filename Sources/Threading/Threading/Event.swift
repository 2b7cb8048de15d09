import CPrimitives
import Synchronization
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's `threading.Event`: a flag that threads can wait to see set.
///
/// The flag and a count of `set()` calls share one futex word (bit 0 the flag, the rest the
/// count), so `isSet` and a wait on a set event take no lock, a waiter sleeps on the word itself,
/// and a `set()` wakes it with one futex call, where a mutex and condition variable cost several.
/// The count is what lets a waiter report a `set()` that came and went (a `clear()` followed)
/// before it ran again, as Python's `wait` does.
public final class Event: @unchecked Sendable {
    // Allocated because the kernel needs its address; written only with `mutex` held and read
    // through the C atomics. `mutex` keeps each change and its trace entry one step.
    private let word: UnsafeMutablePointer<UInt32>
    private let mutex = PthreadMutex()
    /// Threads inside `wait`, so that a `set()` nobody waits for makes no system call.
    private let sleepers = Atomic<Int>(0)
    let trace: ThreadingTrace

    /// Creates a cleared event, declared to `tracer` as a resource of kind `event` named `name`.
    public init(name: String? = nil, tracer: Tracer = TraceContext.tracer) {
        trace = ThreadingTrace(kind: .event, name: name, tracer: tracer)
        word = .allocate(capacity: 1)
        word.initialize(to: 0)
    }

    deinit {
        word.deallocate()
    }

    /// Python's `is_set()`.
    public var isSet: Bool { cprim_shared_load32(word) & 1 != 0 }

    /// Python's `set()`: sets the flag and wakes every waiting thread.
    public func set() {
        mutex.lock()
        trace.record(.set)
        // The count moves on with every set, wrapping; bit 0 becomes 1.
        cprim_shared_store32(word, (cprim_shared_load32(word) &+ 2) | 1)
        mutex.unlock()
        atomicMemoryFence(ordering: .sequentiallyConsistent)
        if sleepers.load(ordering: .sequentiallyConsistent) > 0 { cprim_thread_wake(word, Int32.max) }
    }

    /// Python's `clear()`: later waits block until the next `set()`.
    public func clear() {
        mutex.lock()
        defer { mutex.unlock() }
        trace.record(.clear)
        cprim_shared_store32(word, cprim_shared_load32(word) & ~1)
    }

    /// Python's `wait(timeout=None)`: returns at once if the flag is set, otherwise waits until it
    /// is set or `timeout` seconds pass (`nil` waits for ever).
    ///
    /// - Returns: true when the flag was set, or was set during the wait even if a `clear()`
    ///   followed before this thread ran again (as Python's `wait` does); false on a timeout.
    @discardableResult
    public func wait(timeout: Double? = nil) -> Bool {
        if isSet { return true }
        let deadline = Deadline.futexNanoseconds(after: timeout)
        sleepers.add(1, ordering: .sequentiallyConsistent)
        defer { sleepers.subtract(1, ordering: .sequentiallyConsistent) }
        let start = cprim_shared_load32(word)
        if start & 1 != 0 { return true }
        trace.transition(.waiting(.event(trace.resource)))
        defer { trace.transition(.running) }
        // Any change of the word since `start` is a set: a clear alone only clears a clear flag.
        var current = start
        while current == start {
            if cprim_thread_wait_spinning(word, start, deadline) == ETIMEDOUT {
                return cprim_shared_load32(word) != start
            }
            current = cprim_shared_load32(word)
        }
        return true
    }
}
