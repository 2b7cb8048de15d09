import CPrimitives
import Trace

/// The futex word behind ``Lock`` and ``RLock``, without ownership or tracing of operations.
///
/// Bit 0 of the word says the lock is held and the rest counts the threads asleep on it (see
/// `CThreadSync.h`), so an uncontended acquire and release are one atomic instruction each, and
/// only a release that finds sleepers pays for a wake-up: one futex call, where a mutex and
/// condition variable cost several and could wake the sleeper into a mutex its waker still held.
final class LockCore: @unchecked Sendable {
    // Allocated, not a Swift atomic, because the kernel needs its address; touched only through
    // the C atomics and futex calls of CThreadSync.h.
    private let word: UnsafeMutablePointer<UInt32>

    init() {
        word = .allocate(capacity: 1)
        word.initialize(to: 0)
    }

    deinit {
        word.deallocate()
    }

    @inline(__always)
    var isLocked: Bool { cprim_tlock_is_taken(word) != 0 }

    /// Takes the lock if it is free, without waiting.
    @inline(__always)
    func tryAcquire() -> Bool {
        cprim_tlock_try(word) != 0
    }

    /// Frees the lock; false (and no change) when it was not held.
    @inline(__always)
    func release() -> Bool {
        cprim_tlock_release(word) == 0
    }

    /// The slow half of `acquire` after a failed ``tryAcquire()``: gives up at once when not
    /// `blocking` or when `timeout` is not positive, otherwise tries once more, then spins and
    /// sleeps (`cprim_tlock_sleep_until_acquired`), reporting `blocked` (with `note`) and then
    /// `running` through `trace`.
    ///
    /// The spin looks at the lock only about once a microsecond: with two threads taking a lock
    /// in turns, a waiter that tried at every pause stole the lock's cache line from the holder
    /// at every try and cut the rate to a third. It stops spinning for a while after spins that
    /// did not pay, as they never do on one CPU, where spinning only delays the holder.
    func acquireContended(
        blocking: Bool, timeout: Double?, trace: ThreadingTrace, note: @autoclosure () -> String? = nil
    ) -> Bool {
        guard blocking else { return false }
        if let timeout, !(timeout > 0) { return false }
        if tryAcquire() { return true }
        trace.transition(.blocked(on: trace.resource), note: note())
        let deadline = Deadline.futexNanoseconds(after: timeout)
        let acquired = cprim_tlock_sleep_until_acquired(word, deadline) == 0
        trace.transition(.running)
        return acquired
    }
}
