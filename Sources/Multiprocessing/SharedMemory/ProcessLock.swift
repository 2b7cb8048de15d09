import Threading
import Trace

/// Python's `multiprocessing.Lock`: a mutual-exclusion lock that threads of this process and of
/// processes forked after its creation share.
///
/// Like Python's (a semaphore underneath), it has no owner: any thread of any process may release
/// it, and a thread that acquires it twice waits for ever unless it gave a timeout. Its state is
/// one word of `MAP_SHARED` memory, so an uncontended acquire and release are one atomic
/// instruction each; waiters sleep on a futex that other processes can wake.
///
/// Differences from Python: the flag is spelled `blocking` (as in `threading`) rather than
/// `block`, and ``locked`` exists although Python's process lock has no `locked()`.
public final class ProcessLock: @unchecked Sendable {
    // The lock's state is in `memory`, touched only through `lockWord`'s atomics.
    private let memory: SharedMemory
    let lockWord: SharedLockWord
    let trace: ThreadingTrace

    /// Python's `multiprocessing.Lock()`: a free lock, declared to `tracer` as a resource of kind
    /// `lock` named `name`.
    ///
    /// - Throws: ``SharedMemoryError`` when the system cannot map shared memory.
    public init(name: String? = nil, tracer: Tracer = TraceContext.tracer) throws(SharedMemoryError) {
        var layout = SharedMemoryLayout()
        let wordSlot = layout.reserve(UInt32.self)
        memory = try SharedMemory(layout)
        let word = memory.pointer(to: wordSlot)
        word.initialize(to: 0)
        lockWord = SharedLockWord(word: word)
        trace = ThreadingTrace(kind: .lock, name: name, tracer: tracer)
    }

    /// Python's `acquire(block=True, timeout=None)`: takes the lock, waiting at most `timeout`
    /// seconds (`nil` waits for ever); returns whether it was taken.
    ///
    /// As in Python, `timeout` is ignored when `blocking` is false, and a negative timeout means
    /// "do not wait".
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: Double? = nil) -> Bool {
        // The untraced uncontended case stays free of the slow path's register spills.
        if !trace.isEnabled && lockWord.tryAcquire() { return true }
        return acquire(blocking: blocking, timeout: timeout, reportingTo: trace)
    }

    /// Python's `release()`: frees the lock, whichever thread or process holds it.
    ///
    /// - Throws: ``ValueError`` `"semaphore or lock released too many times"` when it is not locked.
    public func release() throws(ValueError) {
        if !trace.isEnabled && lockWord.release() { return }
        try release(reportingTo: trace)
    }

    /// Whether some thread of some process holds the lock now; a snapshot that may change at once.
    public var locked: Bool { lockWord.isLocked }

    /// Python's `with lock:`: runs `body` holding the lock and releases it however `body` ends.
    ///
    /// Unlike Python, if someone else released the lock during `body` the final release is
    /// skipped silently instead of raising.
    public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        acquire()
        defer { try? release() }
        return try body()
    }

    /// ``acquire(blocking:timeout:)`` reported as `trace`'s resource: a ``ProcessCondition`` built
    /// on this lock reports under its own resource.
    @inline(never)
    func acquire(blocking: Bool, timeout: Double?, reportingTo trace: ThreadingTrace) -> Bool {
        guard
            lockWord.tryAcquire()
                || lockWord.acquireContended(blocking: blocking, timeout: timeout, trace: trace)
        else { return false }
        trace.record(.acquire)
        return true
    }

    /// ``release()`` reported as `trace`'s resource.
    @inline(never)
    func release(reportingTo trace: ThreadingTrace) throws(ValueError) {
        if trace.isEnabled {
            // Recorded before the lock is freed, so that the next owner's acquire can never
            // appear first in the trace.
            guard lockWord.isLocked else { throw Self.releasedTooManyTimes }
            trace.record(.release)
        }
        guard lockWord.release() else { throw Self.releasedTooManyTimes }
    }

    static var releasedTooManyTimes: ValueError { ValueError("semaphore or lock released too many times") }
}
