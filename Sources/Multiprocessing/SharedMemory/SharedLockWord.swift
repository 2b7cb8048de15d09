import CPrimitives
import Threading
import Trace

/// The futex word behind ``ProcessLock`` and ``ProcessRLock``: 0 free, 1 taken, 2 taken while
/// someone may sleep; see `cprim_plock_*` in `CSharedSync.h`.
///
/// It has no owner, which is what lets any process release a ``ProcessLock``.
struct SharedLockWord: @unchecked Sendable {
    // The word lives in a `SharedMemory` region its primitive keeps alive, and is only touched
    // through the C atomics.
    let word: UnsafeMutablePointer<UInt32>

    /// Takes the lock if it is free: one compare-exchange, no system call.
    @inline(__always)
    func tryAcquire() -> Bool {
        cprim_plock_try(word) != 0
    }

    /// Frees the lock; false (and no change) when it was not taken.
    @inline(__always)
    func release() -> Bool {
        cprim_plock_release(word) == 0
    }

    var isLocked: Bool { cprim_plock_is_taken(word) != 0 }

    /// The slow half of an acquire whose ``tryAcquire()`` failed: gives up at once when not
    /// `blocking` or when `timeout` is not positive, otherwise reports `blocked` on `trace`'s
    /// resource, waits (spinning first) until the lock is taken or `timeout` seconds pass, and
    /// reports `running` again.
    func acquireContended(blocking: Bool, timeout: Double?, trace: ThreadingTrace) -> Bool {
        guard blocking else { return false }
        if let timeout, !(timeout > 0) { return false }
        trace.transition(.blocked(on: trace.resource))
        let acquired = cprim_plock_acquire_slow(word, Deadline.futexNanoseconds(after: timeout)) == 0
        trace.transition(.running)
        return acquired
    }
}
