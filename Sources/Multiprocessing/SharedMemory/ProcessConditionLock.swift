import Threading
import Trace

/// The lock under a ``ProcessCondition``, with the steps `wait` needs (Python's `_is_mine`, and
/// the release and re-acquire of every level around the sleep), all reported under the condition.
enum ProcessConditionLock: Sendable {
    case plain(ProcessLock)
    case reentrant(ProcessRLock)

    /// Python's `_is_mine()`. A ``ProcessLock`` has no owner, so "held by anyone" is the best it
    /// can tell (Python's process lock remembers the last thread that acquired it instead).
    var isOwnedByCaller: Bool {
        switch self {
        case .plain(let lock): lock.locked
        case .reentrant(let lock): lock.core.isOwnedByCurrentThread
        }
    }

    private var lockWord: SharedLockWord {
        switch self {
        case .plain(let lock): lock.lockWord
        case .reentrant(let lock): lock.core.lockWord
        }
    }

    func acquire(blocking: Bool, timeout: Double?, reportingTo trace: ThreadingTrace) -> Bool {
        switch self {
        case .plain(let lock): lock.acquire(blocking: blocking, timeout: timeout, reportingTo: trace)
        case .reentrant(let lock): lock.core.acquire(blocking: blocking, timeout: timeout, reportingTo: trace)
        }
    }

    func release(reportingTo trace: ThreadingTrace) throws {
        switch self {
        case .plain(let lock): try lock.release(reportingTo: trace)
        case .reentrant(let lock): try lock.core.release(reportingTo: trace)
        }
    }

    /// Frees the lock completely before sleeping; returns the levels to take back.
    func releaseForWait(reportingTo trace: ThreadingTrace) throws -> Int {
        switch self {
        case .plain(let lock):
            try lock.release(reportingTo: trace)
            return 1
        case .reentrant(let lock):
            return lock.core.releaseAll(reportingTo: trace)
        }
    }

    /// Takes the lock word back after a sleep, without timeout as Python does: reports `running`
    /// at once when it is free, or `blocked` on the condition first when it is not, which keeps
    /// the waiter's place in line on the stage. Ownership is settled by ``restore(levels:reportingTo:)``
    /// or undone by ``releaseToSleepAgain()``.
    func retakeAfterSleep(reportingTo trace: ThreadingTrace) {
        if lockWord.tryAcquire() {
            trace.transition(.running)
        } else {
            _ = lockWord.acquireContended(blocking: true, timeout: nil, trace: trace)
        }
    }

    /// Gives back a lock word taken by ``retakeAfterSleep(reportingTo:)`` that turned out not to
    /// end the wait; nothing was reported as acquired, so nothing is reported as released.
    func releaseToSleepAgain() {
        _ = lockWord.release()
    }

    /// Makes the caller the holder, `levels` deep, of the lock word it took back.
    func restore(levels: Int, reportingTo trace: ThreadingTrace) {
        if case .reentrant(let lock) = self {
            lock.core.restore(levels: levels)
        }
        trace.record(.acquire, times: levels)
    }
}
