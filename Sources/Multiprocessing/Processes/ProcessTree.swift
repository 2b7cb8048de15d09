import CPrimitives
import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What all processes of one demo share: mapped before the first fork, so every descendant
/// sees the same page.
///
/// It holds the count of processes forked and not yet reaped, so that a demo parameter cannot
/// fork-bomb the machine, and the trace's lock and ID counters, so that events from every process arrive in
/// time order and never reuse an ID.
final class ProcessTree: @unchecked Sendable {
    // The pointee is shared with other processes and only touched through the atomic helpers
    // of CSharedSync.h, which is why the class can be shared between threads as well.
    let shared: UnsafeMutablePointer<cprim_process_tree>
    /// The most processes the tree may have at once (the root not counted).
    let processLimit: Int

    init(processLimit: Int, lastActorID: Int, lastResourceID: Int) throws(OSError) {
        let size = MemoryLayout<cprim_process_tree>.size
        let mapped = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
        guard let mapped, mapped != MAP_FAILED else {
            throw OSError(errno: errno, doing: "map shared memory")
        }
        shared = mapped.bindMemory(to: cprim_process_tree.self, capacity: 1)
        shared.initialize(
            to: cprim_process_tree(
                trace_lock: 0, trace_lock_holder: 0,
                last_actor: UInt64(max(0, lastActorID)), last_resource: UInt64(max(0, lastResourceID)),
                processes_live: 0))
        self.processLimit = processLimit
    }

    deinit {
        munmap(shared, MemoryLayout<cprim_process_tree>.size)
    }

    /// Counts one more process, or refuses when the tree already has ``processLimit``.
    func reserveProcess() throws(ProcessLimitError) {
        let live = cprim_shared_add64(&shared.pointee.processes_live, 1)
        guard live <= UInt64(processLimit) else {
            releaseProcess()
            throw ProcessLimitError(limit: processLimit)
        }
    }

    /// Counts a process as gone once it has been reaped (or its fork failed).
    func releaseProcess() {
        _ = cprim_shared_add64(&shared.pointee.processes_live, UInt64.max)
    }

    func nextActorID() -> Int {
        Int(cprim_shared_add64(&shared.pointee.last_actor, 1))
    }

    func nextResourceID() -> Int {
        Int(cprim_shared_add64(&shared.pointee.last_resource, 1))
    }

    /// Runs `body` holding the tree's trace lock, which any process of the tree may hold.
    func withTraceLock<T>(_ body: () -> T) -> T {
        lockTrace()
        defer { unlockTrace() }
        return body()
    }

    /// Takes the trace lock, or takes it over from a holder that died holding it.
    func lockTrace() {
        cprim_trace_lock(shared)
    }

    func unlockTrace() {
        cprim_trace_unlock(shared)
    }
}

/// A demo asked for more processes than it may create.
public struct ProcessLimitError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The most processes one demo may run at once.
    public let limit: Int

    /// The sentence a student sees, with the fix.
    public var description: String {
        "this demo may run at most \(limit) processes at once; ask for fewer (a smaller count or depth)"
    }
}
