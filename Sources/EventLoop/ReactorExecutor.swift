/// Runs Swift concurrency jobs on a ``Reactor``'s thread, between its callbacks.
///
/// Both a `TaskExecutor` (a task started with it as preference runs its nonisolated code on the
/// reactor) and a `SerialExecutor` (the reactor runs one job at a time, in order). A job enqueued
/// on the reactor thread joins the `callSoon` queue; from any other thread it goes through
/// `callFromThread`, which wakes the loop. Python has no direct equivalent: asyncio's event loop
/// *is* the coroutine scheduler, which is what this executor makes the reactor.
public final class ReactorExecutor: SerialExecutor, TaskExecutor, @unchecked Sendable {
    // Weak so that tasks holding the executor do not keep a finished reactor (and its
    // descriptors) alive; set once during the reactor's initialiser, before it is shared.
    private weak var reactor: Reactor?

    init() {}

    func attach(to reactor: Reactor) {
        self.reactor = reactor
    }

    /// Queues `job` on the reactor. A job enqueued after the reactor was released is never run,
    /// so tasks using the reactor must finish before it goes away.
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        reactor?.schedule { [self] in
            job.runSynchronously(isolatedTo: asUnownedSerialExecutor(), taskExecutor: asUnownedTaskExecutor())
        }
    }

    /// This executor as the runtime's serial executor reference.
    public func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// This executor as the runtime's task executor reference.
    public func asUnownedTaskExecutor() -> UnownedTaskExecutor {
        UnownedTaskExecutor(ordinary: self)
    }

    /// Lets `assumeIsolated`-style checks pass on the reactor thread.
    public func checkIsolated() {
        precondition(reactor?.isReactorThread == true, "not on the reactor thread")
    }
}
