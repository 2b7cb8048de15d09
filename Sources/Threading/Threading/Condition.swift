import CPrimitives
import DequeModule
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        let deadline = Deadline.futexNanoseconds(after: timeout)
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
        trace.record(.notify(count: n), orderedBy: lock.order)
        wake(upTo: n)
    }

    /// Python's `notify_all()`: wakes every waiting thread.
    ///
    /// - Throws: ``RuntimeError`` `"cannot notify on un-acquired lock"` when the caller does not hold the lock.
    public func notifyAll() throws {
        guard lock.isOwnedByCaller else { throw RuntimeError("cannot notify on un-acquired lock") }
        trace.record(.notifyAll, orderedBy: lock.order)
        wake(upTo: Int.max)
    }

    private func enqueueWaiter() -> ConditionWaiter {
        mutex.withLock {
            let token = spareTokens.popLast() ?? ConditionWaiter()
            token.reset()
            waiters.append(token)
            return token
        }
    }

    /// Sleeps until `token` is notified or `deadline` (monotonic nanoseconds, -1 for none)
    /// passes; returns whether it was notified.
    private func sleep(on token: ConditionWaiter, until deadline: Int64) -> Bool {
        while !token.isNotified {
            if cprim_thread_wait_spinning(token.word, 0, deadline) == ETIMEDOUT { break }
        }
        mutex.lock()
        defer { mutex.unlock() }
        return recycle(token)
    }

    /// Takes `token` out of the queue if still there and keeps it for reuse. Called with `mutex` held.
    private func recycle(_ token: ConditionWaiter) -> Bool {
        // A notifier marks a token only while it holds `mutex`, so under it the mark is final.
        let notified = token.isNotified
        if !notified, let index = waiters.firstIndex(where: { $0 === token }) {
            waiters.remove(at: index)
        }
        spareTokens.append(token)
        return notified
    }

    /// Marks up to `n` waiters notified under `mutex`, then wakes them after letting it go, so
    /// that a woken waiter never runs straight into the mutex its waker still holds.
    private func wake(upTo n: Int) {
        guard n > 0 else { return }
        mutex.lock()
        guard let first = waiters.popFirst() else {
            mutex.unlock()
            return
        }
        first.markNotified()
        var others: [ConditionWaiter] = []
        while others.count < n - 1, let token = waiters.popFirst() {
            token.markNotified()
            others.append(token)
        }
        mutex.unlock()
        // A token may already be back in use by a new wait when this wake lands: that wait
        // sees its word still 0 and sleeps again.
        first.wake()
        for token in others { token.wake() }
    }
}

/// One wait's wake-up token: a futex word that is 0 while waiting and 1 once notified.
///
/// The word is allocated because the kernel needs its address; it is set to 1 only with the
/// owning condition's mutex held, and back to 0 when a new wait takes the token.
final class ConditionWaiter: @unchecked Sendable {
    let word: UnsafeMutablePointer<UInt32>

    init() {
        word = .allocate(capacity: 1)
        word.initialize(to: 0)
    }

    deinit {
        word.deallocate()
    }

    var isNotified: Bool { cprim_shared_load32(word) != 0 }

    /// Readies the token for a new wait. Called with the condition's mutex held.
    func reset() {
        cprim_shared_store32(word, 0)
    }

    /// Called with the condition's mutex held.
    func markNotified() {
        cprim_shared_store32(word, 1)
    }

    func wake() {
        cprim_thread_wake(word, 1)
    }
}
