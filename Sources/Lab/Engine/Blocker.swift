/// Why a thread cannot take its next step.
enum Blocker: Hashable, Sendable {
    /// A lock, RLock or a condition's lock held by another thread (or, for a Lock, by itself).
    case lock(Int)
    case semaphore(Int)
    /// Inside `Condition.wait`, not notified yet.
    case notify(Int)
    case event(Int)
    case barrier(Int)
    case queueEmpty(Int)
    case queueFull(Int)
    case unfinishedTasks(Int)
    /// Joining a thread that is still running, by thread id.
    case join(Int)
}
