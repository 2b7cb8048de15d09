import CPrimitives
import Threading
import Trace

/// Everything a ``ProcessRLock`` does, on its words in shared memory and its trace, as a value
/// without reference counting: ``SharedValue`` and ``SharedArray`` keep a copy beside their lock
/// object so that their accessors, which take the lock on every call, pay no retain and release
/// of it (two more atomic instructions, which would double the cost of an uncontended access).
///
/// The owner is the kernel thread id of the holder, read by every thread that asks whether it
/// owns the lock, so it goes through the C atomics; the depth is only touched by the owner, and
/// the lock word's acquire/release ordering hands it from one owner to the next, in this process
/// or another.
struct ProcessRLockCore: @unchecked Sendable {
    // The pointees live in the `SharedMemory` region of the `ProcessRLock` this core belongs to,
    // which whoever holds a copy of the core also keeps alive.
    let lockWord: SharedLockWord
    let owner: UnsafeMutablePointer<UInt64>
    let depth: UnsafeMutablePointer<Int>
    let trace: ThreadingTrace

    /// The calling thread's kernel id, in the form `owner` stores it; never 0, which means "nobody".
    @inline(__always)
    static var currentThread: UInt64 {
        UInt64(bitPattern: Int64(cprim_current_thread_id()))
    }

    var isOwnedByCurrentThread: Bool {
        cprim_shared_load64(owner) == Self.currentThread
    }

    /// Takes the lock, or one more level of it; returns whether it did.
    @inline(__always)
    func acquire(blocking: Bool, timeout: Double?) -> Bool {
        // The untraced cases that need no waiting stay free of the slow path's register spills.
        if !trace.isEnabled {
            let me = Self.currentThread
            if cprim_shared_load64(owner) == me {
                depth.pointee += 1
                return true
            }
            if lockWord.tryAcquire() {
                becomeOwner(me, levels: 1)
                return true
            }
        }
        return acquire(blocking: blocking, timeout: timeout, reportingTo: trace)
    }

    /// Gives back one level, freeing the lock after the last.
    @inline(__always)
    func release() throws(RuntimeError) {
        try release(reportingTo: trace)
    }

    /// Runs `body` holding one more level of the lock.
    @inline(__always)
    package func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        _ = acquire(blocking: true, timeout: nil)
        defer { try? release() }
        return try body()
    }

    /// ``acquire(blocking:timeout:)`` reported as `trace`'s resource, which is a
    /// ``ProcessCondition``'s when the condition is built on this lock.
    @inline(never)
    func acquire(blocking: Bool, timeout: Double?, reportingTo trace: ThreadingTrace) -> Bool {
        let me = Self.currentThread
        if cprim_shared_load64(owner) == me {
            depth.pointee += 1
        } else {
            guard
                lockWord.tryAcquire()
                    || lockWord.acquireContended(blocking: blocking, timeout: timeout, trace: trace)
            else { return false }
            becomeOwner(me, levels: 1)
        }
        trace.record(.acquire)
        return true
    }

    /// ``release()`` reported as `trace`'s resource.
    func release(reportingTo trace: ThreadingTrace) throws(RuntimeError) {
        guard isOwnedByCurrentThread else { throw RuntimeError("cannot release un-acquired lock") }
        trace.record(.release)
        depth.pointee -= 1
        if depth.pointee == 0 {
            cprim_shared_store64(owner, 0)
            _ = lockWord.release()
        }
    }

    /// Frees every level the caller holds, as `Condition.wait` does; returns how many to restore.
    /// The caller must own the lock.
    func releaseAll(reportingTo trace: ThreadingTrace) -> Int {
        let levels = depth.pointee
        trace.record(.release, times: levels)
        depth.pointee = 0
        cprim_shared_store64(owner, 0)
        _ = lockWord.release()
        return levels
    }

    /// Makes the calling thread the owner at `levels` deep once the lock word is taken for it.
    func restore(levels: Int) {
        becomeOwner(Self.currentThread, levels: levels)
    }

    private func becomeOwner(_ thread: UInt64, levels: Int) {
        cprim_shared_store64(owner, thread)
        depth.pointee = levels
    }
}
