import Trace

/// The lock under a ``Condition``, with the save-and-restore steps `wait` needs (Python's
/// `_release_save`, `_acquire_restore` and `_is_owned`), all reported under the condition.
enum ConditionLock: Sendable {
    case plain(Lock)
    case reentrant(RLock)

    /// Python's `_is_owned()`. A plain lock has no owner, so, as in Python, "held by anyone"
    /// is the best it can tell.
    var isOwnedByCaller: Bool {
        switch self {
        case .plain(let lock): lock.locked
        case .reentrant(let lock): lock.isOwnedByCurrentThread
        }
    }

    /// The lock's ``EventOrder``, for events recorded holding it.
    var order: EventOrder {
        switch self {
        case .plain(let lock): lock.order
        case .reentrant(let lock): lock.order
        }
    }

    func acquire(blocking: Bool, timeout: Double?, reportingTo trace: ThreadingTrace) -> Bool {
        switch self {
        case .plain(let lock): lock.acquire(blocking: blocking, timeout: timeout, reportingTo: trace)
        case .reentrant(let lock): lock.acquire(blocking: blocking, timeout: timeout, reportingTo: trace)
        }
    }

    func release(reportingTo trace: ThreadingTrace) throws {
        switch self {
        case .plain(let lock): try lock.release(reportingTo: trace)
        case .reentrant(let lock): try lock.release(reportingTo: trace)
        }
    }

    /// Frees the lock completely before waiting; returns the levels to take back.
    func releaseForWait(reportingTo trace: ThreadingTrace) throws -> Int {
        switch self {
        case .plain(let lock):
            try lock.release(reportingTo: trace)
            return 1
        case .reentrant(let lock):
            return lock.releaseAll(reportingTo: trace)
        }
    }

    /// Takes the lock back after a wait, without timeout as Python does. Reports `running` at
    /// once when the lock is free, or `blocked` on the condition first when it is not, which
    /// keeps the waiter's place in line on the stage; then one acquire per level.
    func reacquireAfterWait(levels: Int, reportingTo trace: ThreadingTrace) {
        let core: LockCore
        switch self {
        case .plain(let lock): core = lock.core
        case .reentrant(let lock): core = lock.core
        }
        if core.tryAcquire() {
            trace.transition(.running)
        } else {
            _ = core.acquireContended(blocking: true, timeout: nil, trace: trace)
        }
        switch self {
        case .plain(let lock):
            lock.noteAcquired(reportingTo: trace)
        case .reentrant(let lock):
            lock.restore(levels: levels)
            trace.record(.acquire, times: levels, orderedBy: lock.order)
        }
    }
}
