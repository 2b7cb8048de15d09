import Synchronization
import Trace

/// The state word and sleeping room behind ``Lock`` and ``RLock``, without ownership or tracing
/// of operations.
///
/// `state` is 0 when free, 1 when held and 2 when held while someone may sleep in the slow path,
/// so an uncontended acquire and release are one atomic instruction each, and only a release
/// that sees 2 pays for waking a sleeper. `sleepers` is guarded by `mutex`.
final class LockCore: @unchecked Sendable {
    /// Trylocks made before going to sleep: enough to ride out a short critical section on
    /// another core, bounded so a long hold still ends in a real sleep.
    private static let spinLimit = 100

    private let state = Atomic<Int>(0)
    private let mutex = PthreadMutex()
    private let wakeup = PthreadCondition()
    private var sleepers = 0

    @inline(__always)
    var isLocked: Bool { state.load(ordering: .relaxed) != 0 }

    /// Takes the lock if it is free, without waiting.
    @inline(__always)
    func tryAcquire() -> Bool {
        state.compareExchange(expected: 0, desired: 1, successOrdering: .acquiring, failureOrdering: .relaxed)
            .exchanged
    }

    /// Frees the lock; false (and no change) when it was not held.
    @inline(__always)
    func release() -> Bool {
        let previous = state.exchange(0, ordering: .releasing)
        if previous == 2 { wakeOne() }
        return previous != 0
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
        let acquired = sleepUntilAcquired(deadline: Deadline.after(seconds: timeout))
        trace.transition(.running)
        return acquired
    }

    private func spin() -> Bool {
        for _ in 0..<LockCore.spinLimit where state.load(ordering: .relaxed) == 0 {
            if tryAcquire() { return true }
        }
        return false
    }

    /// Sleeps until the lock is taken or `deadline` passes.
    ///
    /// Writing 2 rather than 1 when taking the lock here is what keeps wake-ups from being lost:
    /// whoever sleeps has made sure the next release will see 2 and signal.
    private func sleepUntilAcquired(deadline: Deadline?) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        sleepers += 1
        defer { sleepers -= 1 }
        while state.exchange(2, ordering: .acquiringAndReleasing) != 0 {
            if !wakeup.wait(mutex, until: deadline) {
                // A last try that also marks the lock contended, so a wake-up this sleeper may
                // have absorbed while timing out is passed on by the next release.
                guard state.exchange(2, ordering: .acquiringAndReleasing) == 0 else { return false }
                break
            }
        }
        if sleepers == 1 {
            // Nobody else sleeps, so the holder's release need not signal. A compare-exchange
            // because another thread may already have released the lock (Python allows it).
            _ = state.compareExchange(expected: 2, desired: 1, ordering: .relaxed)
        }
        return true
    }

    private func wakeOne() {
        mutex.lock()
        if sleepers > 0 { wakeup.signal() }
        mutex.unlock()
    }
}
