import DequeModule
import Trace

/// Python's `threading.Condition`: a lock plus a queue of threads waiting to be notified.
///
/// Waiters are woken in the order they started waiting, each through its own wake-up token as
/// in CPython, so `notify(n)` wakes at most `n` of them and never one that has timed out.
///
/// The condition is one resource in the trace (kind `condition`): its acquires, releases and
/// waits are reported under the condition even when it was built on a lock of your own, whose
/// direct uses keep reporting under that lock.
public final class Condition: @unchecked Sendable {
    // `waiters` and `spareTokens` are guarded by `mutex`; `lock` is the user-visible lock.
    private let lock: ConditionLock
    let trace: ThreadingTrace
    private let mutex = PthreadMutex()
    private var waiters = Deque<ConditionWaiter>()
    /// Tokens of finished waits, reused so that steady-state waiting allocates nothing.
    private var spareTokens: [ConditionWaiter] = []

    /// Python's `Condition()`: a condition on a fresh `RLock` of its own.
    public convenience init(name: String? = nil, tracer: Tracer = TraceContext.tracer) {
        self.init(lock: .reentrant(RLock(tracer: .disabled)), name: name, tracer: tracer)
    }

    /// Python's `Condition(lock)` with a `threading.Lock`.
    public convenience init(lock: Lock, name: String? = nil, tracer: Tracer = TraceContext.tracer) {
        self.init(lock: .plain(lock), name: name, tracer: tracer)
    }

    /// Python's `Condition(rlock)` with a `threading.RLock`.
    public convenience init(lock: RLock, name: String? = nil, tracer: Tracer = TraceContext.tracer) {
        self.init(lock: .reentrant(lock), name: name, tracer: tracer)
    }

    private init(lock: ConditionLock, name: String?, tracer: Tracer) {
        self.lock = lock
        trace = ThreadingTrace(kind: .condition, name: name, tracer: tracer)
    }

    /// Python's `acquire(blocking=True, timeout=-1)` on the underlying lock.
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: Double? = nil) -> Bool {
        lock.acquire(blocking: blocking, timeout: timeout, reportingTo: trace)
    }

    /// Python's `release()` on the underlying lock; throws what that lock's `release()` throws.
    public func release() throws {
        try lock.release(reportingTo: trace)
    }

    /// Python's `with condition:`: runs `body` holding the underlying lock.
    public func withLock<T>(_ body: () throws -> T) rethrows -> T {
        acquire()
        defer { try? release() }
        return try body()
    }

    /// Python's `wait(timeout=None)`: releases the lock, waits until notified or until `timeout`
    /// seconds pass, then takes the lock back (waiting for it as long as it takes, as Python does).
    ///
    /// - Returns: false if the timeout passed before a notify.
    /// - Throws: ``RuntimeError`` `"cannot wait on un-acquired lock"` when the caller does not hold the lock.
    @discardableResult
    public func wait(timeout: Double? = nil) throws -> Bool {
        guard lock.isOwnedByCaller else { throw RuntimeError("cannot wait on un-acquired lock") }
        let deadline = Deadline.after(seconds: timeout)
        let token = enqueueWaiter()
        let levels: Int
        do {
            levels = try lock.releaseForWait(reportingTo: trace)
        } catch {
            // Another thread released a plain lock between the check and here.
            _ = mutex.withLock { recycle(token) }
            throw error
        }
        trace.transition(.waiting(.condition(trace.resource)))
        let notified = sleep(on: token, until: deadline)
        lock.reacquireAfterWait(levels: levels, reportingTo: trace)
        return notified
    }

    /// Python's `wait_for(predicate, timeout=None)`: waits until `predicate` (evaluated with the
    /// lock held) is true or `timeout` seconds have passed in total, and returns its last value.
    public func waitFor(_ predicate: () -> Bool, timeout: Double? = nil) throws -> Bool {
        let deadline = Deadline.after(seconds: timeout)
        var result = predicate()
        while !result {
            var remaining: Double?
            if let deadline {
                guard !deadline.hasPassed else { break }
                remaining = Double(deadline.remainingNanoseconds) / 1e9
            }
            try wait(timeout: remaining)
            result = predicate()
        }
        return result
    }

    /// Python's `notify(n=1)`: wakes the `n` longest waiting threads (fewer if fewer wait).
    ///
    /// - Throws: ``RuntimeError`` `"cannot notify on un-acquired lock"` when the caller does not hold the lock.
    public func notify(_ n: Int = 1) throws {
        guard lock.isOwnedByCaller else { throw RuntimeError("cannot notify on un-acquired lock") }
        trace.record(.notify(count: n))
        wake(upTo: n)
    }

    /// Python's `notify_all()`: wakes every waiting thread.
    ///
    /// - Throws: ``RuntimeError`` `"cannot notify on un-acquired lock"` when the caller does not hold the lock.
    public func notifyAll() throws {
        guard lock.isOwnedByCaller else { throw RuntimeError("cannot notify on un-acquired lock") }
        trace.record(.notifyAll)
        wake(upTo: Int.max)
    }

    private func enqueueWaiter() -> ConditionWaiter {
        mutex.withLock {
            let token = spareTokens.popLast() ?? ConditionWaiter()
            waiters.append(token)
            return token
        }
    }

    /// Sleeps until `token` is notified or `deadline` passes; returns whether it was notified.
    private func sleep(on token: ConditionWaiter, until deadline: Deadline?) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        while !token.notified {
            if !token.wakeup.wait(mutex, until: deadline) { break }
        }
        return recycle(token)
    }

    /// Takes `token` out of the queue if still there and keeps it for reuse. Called with `mutex` held.
    private func recycle(_ token: ConditionWaiter) -> Bool {
        let notified = token.notified
        if !notified, let index = waiters.firstIndex(where: { $0 === token }) {
            waiters.remove(at: index)
        }
        token.notified = false
        spareTokens.append(token)
        return notified
    }

    private func wake(upTo n: Int) {
        mutex.lock()
        defer { mutex.unlock() }
        var remaining = n
        while remaining > 0, let token = waiters.popFirst() {
            token.notified = true
            token.wakeup.signal()
            remaining -= 1
        }
    }
}

/// One wait's wake-up token; `notified` is guarded by the owning condition's mutex.
final class ConditionWaiter: @unchecked Sendable {
    let wakeup = PthreadCondition()
    var notified = false
}
