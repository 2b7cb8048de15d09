import CPrimitives
import Synchronization

/// Python's defaults for worker counts and thread names, and Spindle's cap on workers.
///
/// The counters are process-wide, as Python's are, so the second executor's threads are
/// `ThreadPoolExecutor-1_0`, `ThreadPoolExecutor-1_1`, ...
enum PythonPoolNaming {
    /// The most worker threads one pool may have; a demo asking for more is almost certainly
    /// a typo, and thousands of threads would swamp the machine and the stage.
    static let workerLimit = 256

    private static let executorCounter = Atomic<Int>(0)

    /// CPUs this process may use; Python's `os.cpu_count()`.
    static var cpuCount: Int {
        max(1, Int(cprim_cpu_count()))
    }

    /// `ThreadPoolExecutor-N`, Python's default `thread_name_prefix` (`_counter` counts from 0).
    static func nextExecutorPrefix() -> String {
        "ThreadPoolExecutor-\(executorCounter.wrappingAdd(1, ordering: .relaxed).oldValue)"
    }

    /// `Thread-N (worker)`, the name Python 3.10+ gives a `multiprocessing.dummy` worker; `N`
    /// comes from the same counter as a ``Thread``'s default name, as in Python.
    static func nextPoolWorkerName() -> String {
        "\(ThreadRegistry.shared.nextDefaultName()) (worker)"
    }

    /// Uses up the numbers of the three handler threads Python's `Pool` starts after its workers
    /// (`_handle_workers`, `_handle_tasks`, `_handle_results`), so threads started later are
    /// numbered as in Python. Spindle needs no such threads.
    static func skipPoolHandlerThreads() {
        for _ in 0..<3 {
            _ = ThreadRegistry.shared.nextDefaultName()
        }
    }

    /// `requested` if it is within 1...``workerLimit``, else the ``ValueError`` Python raises
    /// (`belowOne`) or Spindle's cap message.
    static func validatedWorkerCount(_ requested: Int, parameter: String, belowOne: String) throws -> Int {
        guard requested >= 1 else { throw ValueError(belowOne) }
        guard requested <= workerLimit else {
            throw ValueError("\(parameter) must be at most \(workerLimit) in Spindle, not \(requested)")
        }
        return requested
    }
}
