import Synchronization
import Trace

/// Python's `threading.Event`: a flag that threads can wait to see set.
public final class Event: @unchecked Sendable {
    // `flag` is atomic so `isSet` and a `wait` on a set event take no lock; it is only written,
    // and `sleepers` only touched, with `mutex` held, which is what makes wake-ups reliable.
    private let flag = Atomic<Bool>(false)
    private let mutex = PthreadMutex()
    private let wakeup = PthreadCondition()
    private var sleepers = 0
    /// Counts `set()` calls, so a waiter knows it was woken by one even when a `clear()` came
    /// before it ran again; guarded by `mutex`.
    private var generation = 0
    let trace: ThreadingTrace

    /// Creates a cleared event, declared to `tracer` as a resource of kind `event` named `name`.
    public init(name: String? = nil, tracer: Tracer = TraceContext.tracer) {
        trace = ThreadingTrace(kind: .event, name: name, tracer: tracer)
    }

    /// Python's `is_set()`.
    public var isSet: Bool { flag.load(ordering: .acquiring) }

    /// Python's `set()`: sets the flag and wakes every waiting thread.
    public func set() {
        mutex.lock()
        defer { mutex.unlock() }
        trace.record(.set)
        flag.store(true, ordering: .releasing)
        generation &+= 1
        if sleepers > 0 { wakeup.broadcast() }
    }

    /// Python's `clear()`: later waits block until the next `set()`.
    public func clear() {
        mutex.lock()
        defer { mutex.unlock() }
        trace.record(.clear)
        flag.store(false, ordering: .releasing)
    }

    /// Python's `wait(timeout=None)`: returns at once if the flag is set, otherwise waits until it
    /// is set or `timeout` seconds pass (`nil` waits for ever).
    ///
    /// - Returns: true when the flag was set, or was set during the wait even if a `clear()`
    ///   followed before this thread ran again (as Python's `wait` does); false on a timeout.
    @discardableResult
    public func wait(timeout: Double? = nil) -> Bool {
        if isSet { return true }
        let deadline = Deadline.after(seconds: timeout)
        mutex.lock()
        guard !flag.load(ordering: .relaxed) else {
            mutex.unlock()
            return true
        }
        trace.transition(.waiting(.event(trace.resource)))
        sleepers += 1
        let seen = generation
        while !flag.load(ordering: .relaxed) && generation == seen {
            if !wakeup.wait(mutex, until: deadline) { break }
        }
        sleepers -= 1
        let result = flag.load(ordering: .relaxed) || generation != seen
        mutex.unlock()
        trace.transition(.running)
        return result
    }
}
