import Synchronization
import Trace

/// Python's `threading.Lock`: a mutual-exclusion lock that any thread may release.
///
/// Like Python's, it has no owner: a thread that acquires a lock it already holds waits for ever
/// unless it gave a timeout. With tracing on, the lock remembers which actor took it last so the
/// trace can say so when a thread is about to wait for a lock it holds itself.
///
/// The uncontended path is one atomic compare-exchange to acquire and one exchange to release;
/// contended acquirers spin briefly and then sleep on a pthread condition.
public final class Lock: @unchecked Sendable {
    // All mutable state is atomic (`core`'s word, `tracedOwner`); no field needs a mutex.
    let core = LockCore()
    let trace: ThreadingTrace
    /// The raw ``ActorID`` that acquired the lock last while tracing, 0 when free or untraced.
    private let tracedOwner = Atomic<Int>(0)
    /// Orders the acquires and releases recorded under any resource (the lock's own, or a
    /// condition's built on it), as they are all recorded holding this lock.
    let order = EventOrder()

    /// Creates an unlocked lock, declared to `tracer` as a resource of kind `lock` named `name`.
    public init(name: String? = nil, tracer: Tracer = TraceContext.tracer) {
        trace = ThreadingTrace(kind: .lock, name: name, tracer: tracer)
    }

    /// Python's `acquire(blocking=True, timeout=-1)`: takes the lock, waiting at most `timeout`
    /// seconds (`nil` waits for ever); returns whether it was taken.
    ///
    /// Differences from Python: a timeout with `blocking: false` is ignored rather than rejected,
    /// and a negative timeout means "do not wait" rather than raising `ValueError`.
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: Double? = nil) -> Bool {
        // The uncontended case records in line: a call, with the frame it builds, was a good
        // part of what tracing cost a lock, and the untraced case pays only the check.
        if core.tryAcquire() {
            noteAcquired(reportingTo: trace)
            return true
        }
        return acquire(blocking: blocking, timeout: timeout, reportingTo: trace)
    }

    /// Python's `release()`: frees the lock, whichever thread holds it.
    ///
    /// - Throws: ``RuntimeError`` `"release unlocked lock"` when it is not locked.
    public func release() throws {
        try release(reportingTo: trace)
    }

    /// Python's `locked()`: whether some thread holds the lock now.
    public var locked: Bool { core.isLocked }

    /// Python's `with lock:`: runs `body` holding the lock and releases it however `body` ends.
    ///
    /// Unlike Python, if another thread released the lock during `body` the final release is
    /// skipped silently instead of raising.
    public func withLock<T>(_ body: () throws -> T) rethrows -> T {
        acquire()
        defer { try? release() }
        return try body()
    }

    /// ``acquire(blocking:timeout:)`` reported as `trace`'s resource: a ``Condition`` built on
    /// this lock reports under its own resource.
    @inline(never)
    func acquire(blocking: Bool, timeout: Double?, reportingTo trace: ThreadingTrace) -> Bool {
        guard
            core.tryAcquire()
                || core.acquireContended(
                    blocking: blocking, timeout: timeout, trace: trace, note: selfDeadlockNote())
        else { return false }
        noteAcquired(reportingTo: trace)
        return true
    }

    /// ``release()`` reported as `trace`'s resource; in line for the same reason as the acquire.
    @inline(__always)
    func release(reportingTo trace: ThreadingTrace) throws {
        if trace.isEnabled {
            // The release is recorded before it happens so that the next owner's acquire can
            // never appear first in the trace.
            guard core.isLocked else { throw RuntimeError("release unlocked lock") }
            trace.record(.release, orderedBy: order)
            tracedOwner.store(0, ordering: .relaxed)
        }
        guard core.release() else { throw RuntimeError("release unlocked lock") }
    }

    /// Records the acquire of a lock just taken, and who took it.
    @inline(__always)
    func noteAcquired(reportingTo trace: ThreadingTrace) {
        guard trace.isEnabled else { return }
        tracedOwner.store(TraceContext.currentActor.rawValue, ordering: .relaxed)
        trace.record(.acquire, orderedBy: order)
    }

    /// The note for the `blocked` event when the caller is the actor holding the lock.
    private func selfDeadlockNote() -> String? {
        let me = TraceContext.currentActor
        guard me != .unassigned, tracedOwner.load(ordering: .relaxed) == me.rawValue else { return nil }
        return "already held by this thread: this will never be released"
    }
}
