import Threading
import Trace

/// Python's `multiprocessing.RLock`: a reentrant lock shared with processes forked after its
/// creation, owned by one thread of one process, which may acquire it again and must release it
/// once per acquire.
///
/// The owner is the kernel thread id (unique across the whole system, unlike a `pthread_t`,
/// which a forked child shares with its parent), kept with the recursion depth next to the lock
/// word in `MAP_SHARED` memory. The calling thread's id is cached per thread, so checking
/// ownership costs no system call.
///
/// Differences from Python: the flag is spelled `blocking` rather than `block`, and a release by
/// a non-owner throws `threading`'s ``RuntimeError`` where `multiprocessing` raises
/// `AssertionError("attempt to release recursive lock not owned by thread")`.
public final class ProcessRLock: @unchecked Sendable {
    // All state is in `memory`, reached only through `core`, whose fields never change.
    private let memory: SharedMemory
    let core: ProcessRLockCore

    /// Python's `multiprocessing.RLock()`: an unowned lock, declared to `tracer` as a resource of
    /// kind `rlock` named `name`.
    ///
    /// - Throws: ``SharedMemoryError`` when the system cannot map shared memory.
    public init(name: String? = nil, tracer: Tracer = TraceContext.tracer) throws(SharedMemoryError) {
        var layout = SharedMemoryLayout()
        let wordSlot = layout.reserve(UInt32.self)
        // The owner touches all three on every acquire and release: one cache line for them all.
        let ownerSlot = layout.reserve(UInt64.self, placement: .packed)
        let depthSlot = layout.reserve(Int.self, placement: .packed)
        memory = try SharedMemory(layout)
        let word = memory.pointer(to: wordSlot)
        word.initialize(to: 0)
        let owner = memory.pointer(to: ownerSlot)
        owner.initialize(to: 0)
        let depth = memory.pointer(to: depthSlot)
        depth.initialize(to: 0)
        core = ProcessRLockCore(
            lockWord: SharedLockWord(word: word), owner: owner, depth: depth,
            trace: ThreadingTrace(kind: .rlock, name: name, tracer: tracer))
    }

    /// Python's `acquire(block=True, timeout=None)`: takes the lock, or one more level of it when
    /// the caller already owns it; returns whether it did.
    ///
    /// As in Python, `timeout` is ignored when `blocking` is false, and a negative timeout means
    /// "do not wait".
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: Double? = nil) -> Bool {
        core.acquire(blocking: blocking, timeout: timeout)
    }

    /// Python's `release()`: gives back one level; the lock is free once every acquire is matched.
    ///
    /// - Throws: ``RuntimeError`` `"cannot release un-acquired lock"` when the calling thread does
    ///   not own the lock.
    public func release() throws(RuntimeError) {
        try core.release()
    }

    /// Python's `with rlock:`: runs `body` holding one more level of the lock.
    public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        try core.withLock(body)
    }

    /// Whether the calling thread owns the lock (Python's private `_is_mine()`).
    public var isOwnedByCurrentThread: Bool { core.isOwnedByCurrentThread }

    var trace: ThreadingTrace { core.trace }
}
