import CPrimitives
import Trace

/// The futex word behind ``Lock`` and ``RLock``, without ownership or tracing of operations.
///
/// The word is 0 when free, 1 when held and 2 when held while someone may sleep on it, so an
/// uncontended acquire and release are one atomic instruction each, and only a release that
/// sees 2 pays for a wake-up: one futex call, where a mutex and condition variable cost several
/// and could wake the sleeper into a mutex its waker still held.
final class LockCore: @unchecked Sendable {
    /// Trylocks made before going to sleep: enough to ride out a short critical section on
    /// another core, bounded so a long hold still ends in a real sleep.
    private static let spinLimit = 100

    // Allocated, not a Swift atomic, because the kernel needs its address; touched only through
    // the C atomics of CSharedSync.h and the futex calls of CThreadSync.h.
    private let word: UnsafeMutablePointer<UInt32>

    init() {
        word = .allocate(capacity: 1)
        word.initialize(to: 0)
    }

    deinit {
        word.deallocate()
    }

    @inline(__always)
    var isLocked: Bool { cprim_plock_is_taken(word) != 0 }

    /// Takes the lock if it is free, without waiting.
    @inline(__always)
    func tryAcquire() -> Bool {
        cprim_plock_try(word) != 0
    }

    /// Frees the lock; false (and no change) when it was not held.
    @inline(__always)
    func release() -> Bool {
        cprim_tlock_release(word) == 0
    }

    /// The slow half of `acquire` after a failed ``tryAcquire()``: gives up at once when not
    /// `blocking` or when `timeout` is not positive, otherwise spins briefly and then sleeps,
    /// reporting `blocked` (with `note`) and then `running` through `trace` only if it sleeps.
    func acquireContended(
        blocking: Bool, timeout: Double?, trace: ThreadingTrace, note: @autoclosure () -> String? = nil
    ) -> Bool {
        guard blocking else { return false }
        if let timeout, !(timeout > 0) { return false }
        if spin() { return true }
        trace.transition(.blocked(on: trace.resource), note: note())
        let deadline = Deadline.futexNanoseconds(after: timeout)
        let acquired = cprim_tlock_sleep_until_acquired(word, deadline) == 0
        trace.transition(.running)
        return acquired
    }

    private func spin() -> Bool {
        for _ in 0..<LockCore.spinLimit where cprim_plock_is_taken(word) == 0 {
            if tryAcquire() { return true }
        }
        return false
    }
}
