/// A pool worker process died while it ran a task: the task's caller gets this instead of
/// waiting for ever (which is what Python's `Pool` does in that case).
public struct WorkerDiedError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The worker's name, for example `ForkPoolWorker-2`.
    public let worker: String
    /// Its pid.
    public let pid: Int32
    /// Python's exit code: minus the signal number when a signal ended it.
    public let exitCode: Int32

    /// One sentence for the student.
    public var description: String {
        let how = exitCode < 0 ? "was killed by signal \(-exitCode)" : "exited with code \(exitCode)"
        return "pool worker \(worker) (pid \(pid)) \(how) while running this task"
    }
}

/// A task the worker's function threw on; the description is the error's, as the worker saw it.
public struct PoolTaskError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The error's description in the worker.
    public let message: String

    /// The worker's description of the error.
    public var description: String { message }
}
