import CPrimitives
import Threading
import Trace

/// Python's `multiprocessing.Condition`: a lock plus a way for threads of any process forked
/// after its creation to sleep until another notifies them.
///
/// Its state is three words of `MAP_SHARED` memory. A waiter registers as a sleeper and notes the
/// generation while holding the lock, then sleeps on the generation's futex. `notify(n)` turns up
/// to `n` sleepers into grants and bumps the generation. A waiter that wakes takes the lock back
/// and then claims a grant, but only if the generation moved since it registered, so a grant is
/// never taken by a thread that started waiting after the notify. Thus, as in Python, `notify(n)`
/// ends at most `n` waits, a notify is never lost, and a wait that times out leaves every grant to
/// the others. Which waiters end is up to the scheduler (Python's does not promise an order
/// either); a waiter that wakes without a grant to claim goes back to sleep.
///
/// The condition is one resource in the trace (kind `condition`): its acquires, releases and
/// waits are reported under the condition even when it was built on a lock of your own, whose
/// direct uses keep reporting under that lock.
///
/// Differences from Python: waiting or notifying without holding the lock throws `threading`'s
/// ``RuntimeError`` where `multiprocessing` raises `AssertionError`; and with a ``ProcessLock``
/// underneath, "holding" means "locked by anyone", since that lock has no owner.
public final class ProcessCondition: @unchecked Sendable {
    // `generation` is the futex word, read by sleepers without the lock, so it goes through the
    // C atomics; `sleepers` and `grants` are only touched while holding `lock`, whose
    // acquire/release ordering carries them from one holder to the next, in any process.
    private let lock: ProcessConditionLock
    private let memory: SharedMemory
    private let generation: UnsafeMutablePointer<UInt32>
    /// Waits registered and not yet granted nor given up.
    private let sleepers: UnsafeMutablePointer<Int>
    /// Notifications granted and not yet claimed by a waiter.
    private let grants: UnsafeMutablePointer<Int>
    let trace: ThreadingTrace

    /// Python's `multiprocessing.Condition()`: a condition on a fresh ``ProcessRLock`` of its own.
    ///
    /// - Throws: ``SharedMemoryError`` when the system cannot map shared memory.
    public convenience init(name: String? = nil, tracer: Tracer = TraceContext.tracer)
        throws(SharedMemoryError)
    {
        try self.init(lock: .reentrant(ProcessRLock(tracer: .disabled)), name: name, tracer: tracer)
    }

    /// Python's `multiprocessing.Condition(lock)` with a `multiprocessing.Lock`.
    ///
    /// - Throws: ``SharedMemoryError`` when the system cannot map shared memory.
    public convenience init(
        lock: ProcessLock, name: String? = nil, tracer: Tracer = TraceContext.tracer
    ) throws(SharedMemoryError) {
        try self.init(lock: .plain(lock), name: name, tracer: tracer)
    }

    /// Python's `multiprocessing.Condition(lock)` with a `multiprocessing.RLock`.
    ///
    /// - Throws: ``SharedMemoryError`` when the system cannot map shared memory.
    public convenience init(
        lock: ProcessRLock, name: String? = nil, tracer: Tracer = TraceContext.tracer
    ) throws(SharedMemoryError) {
        try self.init(lock: .reentrant(lock), name: name, tracer: tracer)
    }

    private init(lock: ProcessConditionLock, name: String?, tracer: Tracer) throws(SharedMemoryError) {
        self.lock = lock
        var layout = SharedMemoryLayout()
        let generationSlot = layout.reserve(UInt32.self)
        let sleepersSlot = layout.reserve(Int.self, placement: .packed)
        let grantsSlot = layout.reserve(Int.self, placement: .packed)
        memory = try SharedMemory(layout)
        generation = memory.pointer(to: generationSlot)
        generation.initialize(to: 0)
        sleepers = memory.pointer(to: sleepersSlot)
        sleepers.initialize(to: 0)
        grants = memory.pointer(to: grantsSlot)
        grants.initialize(to: 0)
        trace = ThreadingTrace(kind: .condition, name: name, tracer: tracer)
    }

    /// Python's `acquire(block=True, timeout=None)` on the underlying lock.
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: Double? = nil) -> Bool {
        lock.acquire(blocking: blocking, timeout: timeout, reportingTo: trace)
    }

    /// Python's `release()` on the underlying lock; throws what that lock's `release()` throws.
    public func release() throws {
        try lock.release(reportingTo: trace)
    }

    /// Python's `with condition:`: runs `body` holding the underlying lock.
    public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        acquire()
        defer { try? release() }
        return try body()
    }

    /// Python's `wait(timeout=None)`: releases the lock (every level of an RLock), sleeps until
    /// notified or until `timeout` seconds pass, then takes the lock back at the same depth
    /// (waiting for it as long as it takes, as Python does).
    ///
    /// - Returns: false if the timeout passed without a notify for this wait.
    /// - Throws: ``RuntimeError`` `"cannot wait on un-acquired lock"` when the caller does not hold the lock.
    @discardableResult
    public func wait(timeout: Double? = nil) throws -> Bool {
        guard lock.isOwnedByCaller else { throw RuntimeError("cannot wait on un-acquired lock") }
        let deadline = Deadline.futexNanoseconds(after: timeout)
        sleepers.pointee += 1
        var seen = cprim_pcond_generation(generation)
        let levels: Int
        do {
            levels = try lock.releaseForWait(reportingTo: trace)
        } catch {
            // Another thread released a plain lock between the check and here.
            sleepers.pointee -= 1
            throw error
        }
        while true {
            trace.transition(.waiting(.condition(trace.resource)))
            let timedOut = cprim_pcond_wait(generation, seen, deadline) != 0
            lock.retakeAfterSleep(reportingTo: trace)
            let current = cprim_pcond_generation(generation)
            if current != seen && grants.pointee > 0 {
                grants.pointee -= 1
                lock.restore(levels: levels, reportingTo: trace)
                return true
            }
            if timedOut {
                sleepers.pointee -= 1
                lock.restore(levels: levels, reportingTo: trace)
                return false
            }
            // Woken by a notify whose grants other waiters claimed first (or by a signal): still a
            // sleeper, now waiting for a later generation.
            seen = current
            lock.releaseToSleepAgain()
        }
    }

    /// Python's `wait_for(predicate, timeout=None)`: waits until `predicate` (evaluated with the
    /// lock held) is true or `timeout` seconds have passed in total, and returns its last value.
    ///
    /// - Throws: what ``wait(timeout:)`` throws.
    public func waitFor(_ predicate: () throws -> Bool, timeout: Double? = nil) throws -> Bool {
        let deadline = Deadline.after(seconds: timeout)
        var result = try predicate()
        while !result {
            var remaining: Double?
            if let deadline {
                guard !deadline.hasPassed else { break }
                remaining = Double(deadline.remainingNanoseconds) / 1e9
            }
            try wait(timeout: remaining)
            result = try predicate()
        }
        return result
    }

    /// Python's `notify(n=1)`: ends up to `n` of the waits in progress (fewer if fewer wait).
    ///
    /// - Throws: ``RuntimeError`` `"cannot notify on un-acquired lock"` when the caller does not hold the lock.
    public func notify(_ n: Int = 1) throws {
        guard lock.isOwnedByCaller else { throw RuntimeError("cannot notify on un-acquired lock") }
        trace.record(.notify(count: n))
        grant(upTo: n)
    }

    /// Python's `notify_all()`: ends every wait in progress.
    ///
    /// - Throws: ``RuntimeError`` `"cannot notify on un-acquired lock"` when the caller does not hold the lock.
    public func notifyAll() throws {
        guard lock.isOwnedByCaller else { throw RuntimeError("cannot notify on un-acquired lock") }
        trace.record(.notifyAll)
        grant(upTo: Int.max)
    }

    /// Waits in progress that no notify has ended yet. The caller must hold the lock for the
    /// answer to stay true.
    var waitingCount: Int { sleepers.pointee }

    /// Notifications granted that no waiter has claimed yet. The caller must hold the lock for
    /// the answer to stay true.
    var unclaimedNotifications: Int { grants.pointee }

    /// Turns up to `n` sleepers into grants and wakes as many. Called with the lock held.
    private func grant(upTo n: Int) {
        let granted = min(max(n, 0), sleepers.pointee)
        guard granted > 0 else { return }
        sleepers.pointee -= granted
        grants.pointee += granted
        cprim_pcond_notify(generation, Int32(clamping: granted))
    }
}
