#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why ``CPUAffinity`` could not pin a thread. Python raises `OSError` for all of these
/// (`os.sched_setaffinity`), except that it has no pinned-thread helper to fail.
public enum CPUAffinityError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The platform has no way to restrict a thread to CPUs (macOS); Python's
    /// `os.sched_setaffinity` does not exist there either.
    case unavailableOnThisPlatform
    /// An empty list: a thread must be allowed at least one CPU.
    case noCPUs
    /// Some requested CPUs do not exist or are not available to this process.
    case invalidCPUs(requested: [Int], available: [Int])
    /// The system call failed with this `errno` value.
    case systemError(code: Int32)
    /// The thread for ``CPUAffinity/runPinned(cpus:name:_:)`` could not be started.
    case cannotStartThread(reason: String)

    /// The message shown to the learner.
    public var description: String {
        switch self {
        case .unavailableOnThisPlatform:
            "CPU affinity is not available on this platform"
        case .noCPUs:
            "cannot pin a thread to no CPUs: give at least one"
        case .invalidCPUs(let requested, let available):
            "\(requested.count == 1 ? "CPU" : "CPUs") \(Self.list(requested)) "
                + "\(requested.count == 1 ? "does" : "do") not exist or "
                + "\(requested.count == 1 ? "is" : "are") not available; "
                + "the CPUs this process may use are \(Self.list(available))"
        case .systemError(let code):
            "cannot set CPU affinity: \(String(cString: strerror(code)))"
        case .cannotStartThread(let reason):
            reason
        }
    }

    private static func list(_ cpus: [Int]) -> String {
        cpus.map(String.init).joined(separator: ", ")
    }
}
