import CPrimitives
import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which CPUs threads run on, for lessons on concurrency versus parallelism: two threads pinned
/// to one CPU take turns even without a GIL, pinned to two they can run at once.
///
/// Python's equivalents are `os.sched_getaffinity` and `os.sched_setaffinity` (Linux only);
/// CPUs are numbered as the kernel numbers them, from 0.
public enum CPUAffinity {
    /// The CPUs this process may run on, in increasing order (Python's
    /// `os.sched_getaffinity(os.getpid())`, the main thread's set). Elsewhere than Linux,
    /// `0 ..< os.cpu_count()`.
    public static var availableCPUs: [Int] {
        allowedCPUs(of: getpid())
    }

    /// The CPUs the calling thread may run on (Python's `os.sched_getaffinity(0)`): after
    /// ``pinCurrentThread(to:)``, exactly the CPUs it was pinned to.
    public static var currentThreadCPUs: [Int] {
        allowedCPUs(of: 0)
    }

    /// The CPU the calling thread is running on at this instant (Linux's `sched_getcpu`,
    /// `psutil.Process().cpu_num()` in Python), or nil where the platform cannot tell.
    /// Unless the thread is pinned to one CPU the answer may be stale as soon as it is read.
    public static var currentCPU: Int? {
        let cpu = cprim_current_cpu()
        return cpu >= 0 ? Int(cpu) : nil
    }

    /// Restricts the calling thread to `cpus` (Python's `os.sched_setaffinity(0, cpus)`; on
    /// Linux `pthread_setaffinity_np`). The kernel moves the thread if it is on another CPU.
    ///
    /// Stricter than Python, which accepts CPUs that do not exist as long as one does.
    /// - Throws: ``CPUAffinityError/invalidCPUs(requested:available:)`` naming the CPUs that
    ///   exist, ``CPUAffinityError/noCPUs``, or, off Linux,
    ///   ``CPUAffinityError/unavailableOnThisPlatform``.
    public static func pinCurrentThread(to cpus: [Int]) throws(CPUAffinityError) {
        try validate(cpus)
        let status = cpus.map { Int32($0) }.withUnsafeBufferPointer { buffer in
            cprim_pin_current_thread(buffer.baseAddress, Int32(buffer.count))
        }
        switch status {
        case 0: return
        case ENOSYS: throw .unavailableOnThisPlatform
        default: throw .systemError(code: status)
        }
    }

    /// Runs `body` on a new thread pinned to `cpus` and returns its result once the thread has
    /// finished (a `threading.Thread` whose target first calls `os.sched_setaffinity`, then
    /// `join()`). The calling thread waits meanwhile, so run two of these from two threads to
    /// see them in parallel.
    ///
    /// The thread is a plain OS thread: it is not declared in the trace.
    /// - Parameters:
    ///   - name: The OS-level thread name (what `top -H` shows).
    /// - Throws: What ``pinCurrentThread(to:)`` throws, checked before the thread starts;
    ///   ``CPUAffinityError/cannotStartThread(reason:)``; or what `body` throws.
    public static func runPinned<T: Sendable>(
        cpus: [Int], name: String? = nil, _ body: @escaping @Sendable () throws -> T
    ) throws -> T {
        // Checked here too so that a bad request fails before a thread is started for it.
        try validate(cpus)
        let outcome = PinnedOutcome<T>()
        let thread: NativeThread
        do {
            thread = try NativeThread.spawn(name: name) {
                outcome.result = Result {
                    try pinCurrentThread(to: cpus)
                    return try body()
                }
            }
        } catch {
            throw CPUAffinityError.cannotStartThread(reason: error.description)
        }
        thread.join()
        return try outcome.result!.get()
    }

    private static func validate(_ cpus: [Int]) throws(CPUAffinityError) {
        #if os(Linux)
        guard !cpus.isEmpty else { throw .noCPUs }
        let available = availableCPUs
        let invalid = Set(cpus.filter { !available.contains($0) })
        guard invalid.isEmpty else {
            throw .invalidCPUs(requested: invalid.sorted(), available: available)
        }
        #else
        throw .unavailableOnThisPlatform
        #endif
    }

    private static func allowedCPUs(of pid: pid_t) -> [Int] {
        var buffer = [Int32](repeating: 0, count: Int(cprim_cpu_count()))
        while true {
            let count = buffer.withUnsafeMutableBufferPointer { cpus in
                cprim_allowed_cpus(Int32(pid), cpus.baseAddress, Int32(cpus.count))
            }
            guard count >= 0 else {
                return Array(0..<Int(cprim_cpu_count()))
            }
            if Int(count) <= buffer.count {
                return buffer.prefix(Int(count)).map(Int.init)
            }
            buffer = [Int32](repeating: 0, count: Int(count))
        }
    }
}

/// Carries the pinned thread's result back to ``CPUAffinity/runPinned(cpus:name:_:)``: written
/// once by that thread and read only after `join`, which orders the two, hence `@unchecked`.
private final class PinnedOutcome<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
