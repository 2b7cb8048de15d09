import Synchronization
import Trace

/// Python's `threading.RLock`: a reentrant lock that the owning thread may acquire again, and
/// that only the owner may release, once per acquire.
///
/// Ownership is tracked by OS thread, tracing or not, so it also works for threads Spindle did
/// not start.
public final class RLock: @unchecked Sendable {
    // `owner` is atomic because other threads read it; `depth` is only ever touched by the
    // owner, and the lock's own acquire/release ordering hands it from one owner to the next.
    let core = LockCore()
    let trace: ThreadingTrace
    /// The ``ThreadToken`` of the owner, 0 when free.
    let owner = Atomic<UInt>(0)
    var depth = 0
    /// Orders the acquires and releases recorded under any resource (the lock's own, or a
    /// condition's built on it), as they are all recorded by the owner.
    let order = EventOrder()

    /// Creates an unowned lock, declared to `tracer` as a resource of kind `rlock` named `name`.
    public init(name: String? = nil, tracer: Tracer = TraceContext.tracer) {
        trace = ThreadingTrace(kind: .rlock, name: name, tracer: tracer)
    }

    /// Python's `acquire(blocking=True, timeout=-1)`: takes the lock, or one more level of it when
    /// the caller already owns it; returns whether it did.
    ///
    /// Differences from Python: a timeout with `blocking: false` is ignored rather than rejected,
    /// and a negative timeout means "do not wait" rather than raising `ValueError`.
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: Double? = nil) -> Bool {
        // The untraced case of a free lock stays free of the slow path's register spills.
        if !trace.isEnabled && core.tryAcquire() {
            owner.store(ThreadToken.current, ordering: .relaxed)
            depth = 1
            return true
        }
        return acquire(blocking: blocking, timeout: timeout, reportingTo: trace)
    }

    /// Python's `release()`: gives back one level; the lock is free once every acquire is matched.
    ///
    /// - Throws: ``RuntimeError`` `"cannot release un-acquired lock"` when the caller is not the owner.
    public func release() throws {
        try release(reportingTo: trace)
    }

    /// Python's `with rlock:`: runs `body` holding one more level of the lock.
    public func withLock<T>(_ body: () throws -> T) rethrows -> T {
        acquire()
        defer { try? release() }
        return try body()
    }

    /// Whether the calling thread owns the lock (Python's private `_is_owned()`).
    public var isOwnedByCurrentThread: Bool {
        owner.load(ordering: .relaxed) == ThreadToken.current
    }

    /// ``acquire(blocking:timeout:)`` reported as `trace`'s resource.
    @inline(never)
    func acquire(blocking: Bool, timeout: Double?, reportingTo trace: ThreadingTrace) -> Bool {
        let me = ThreadToken.current
        if owner.load(ordering: .relaxed) == me {
            depth += 1
        } else {
            guard
                core.tryAcquire() || core.acquireContended(blocking: blocking, timeout: timeout, trace: trace)
            else { return false }
            owner.store(me, ordering: .relaxed)
            depth = 1
        }
        trace.record(.acquire, orderedBy: order)
        return true
    }

    /// ``release()`` reported as `trace`'s resource.
    @inline(never)
    func release(reportingTo trace: ThreadingTrace) throws {
        guard isOwnedByCurrentThread else { throw RuntimeError("cannot release un-acquired lock") }
        trace.record(.release, orderedBy: order)
        depth -= 1
        if depth == 0 {
            owner.store(0, ordering: .relaxed)
            _ = core.release()
        }
    }

    /// Frees every level the caller holds, as `Condition.wait` does; returns how many to restore.
    /// The caller must own the lock.
    func releaseAll(reportingTo trace: ThreadingTrace) -> Int {
        let levels = depth
        trace.record(.release, times: levels, orderedBy: order)
        depth = 0
        owner.store(0, ordering: .relaxed)
        _ = core.release()
        return levels
    }

    /// Makes the caller the owner at `levels` deep after the core lock was taken for it.
    func restore(levels: Int) {
        owner.store(ThreadToken.current, ordering: .relaxed)
        depth = levels
    }
}
