import CPrimitives
import Synchronization
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The counter and sleeping room shared by ``Semaphore`` and ``BoundedSemaphore``.
///
/// The value lives in an atomic so an uncontended acquire or release is one compare-exchange.
/// Sleepers announce themselves in `sleepers`, read `sequence`, and take a last look at the
/// value before sleeping on `sequence` with the futex; releasers change the value, then look at
/// `sleepers` (all sequentially consistent) and, if anyone sleeps, move `sequence` on and wake.
/// So either the sleeper sees the new value, or its futex wait finds `sequence` moved, or the
/// wake reaches it: one futex call a side, with no mutex to run into after waking.
final class SemaphoreCore: @unchecked Sendable {
    private let value: Atomic<Int>
    private let sleepers = Atomic<Int>(0)
    /// Moved on by every release that finds sleepers. Allocated because the kernel needs its
    /// address; touched only through the C atomics and futex calls.
    private let sequence: UnsafeMutablePointer<UInt32>
    /// Serialises traced releases (see ``release(_:)``).
    private let mutex = PthreadMutex()
    /// The most the value may reach, for a bounded semaphore.
    private let bound: Int?
    let trace: ThreadingTrace

    /// - Throws: ``ValueError`` when `initial` is negative, as Python does.
    init(initial: Int, bounded: Bool, name: String?, tracer: Tracer) throws {
        guard initial >= 0 else { throw ValueError("semaphore initial value must be >= 0") }
        value = Atomic(initial)
        bound = bounded ? initial : nil
        trace = ThreadingTrace(kind: .semaphore, name: name, capacity: initial, tracer: tracer)
        sequence = .allocate(capacity: 1)
        sequence.initialize(to: 0)
    }

    deinit {
        sequence.deallocate()
    }

    var currentValue: Int { value.load(ordering: .relaxed) }

    func acquire(blocking: Bool, timeout: Double?) -> Bool {
        guard
            tryDecrement(from: value.load(ordering: .relaxed))
                || acquireContended(blocking: blocking, timeout: timeout)
        else { return false }
        trace.record(.acquire)
        return true
    }

    func release(_ n: Int) throws {
        guard n >= 1 else { throw ValueError("n must be one or more") }
        if trace.isEnabled {
            // Serialised so that the check, the trace entries and the increment happen as one
            // step: an over-release then never leaves a stray `release` in the trace, and the
            // entries always come before any acquire they make possible.
            mutex.lock()
            defer { mutex.unlock() }
            try checkBound(adding: n, to: value.load(ordering: .relaxed))
            trace.record(.release, times: n)
            value.add(n, ordering: .sequentiallyConsistent)
        } else {
            var current = value.load(ordering: .relaxed)
            while true {
                try checkBound(adding: n, to: current)
                let (exchanged, original) = value.compareExchange(
                    expected: current, desired: current + n, ordering: .sequentiallyConsistent)
                if exchanged { break }
                current = original
            }
        }
        if sleepers.load(ordering: .sequentiallyConsistent) > 0 {
            _ = cprim_shared_add32(sequence, 1)
            cprim_thread_wake(sequence, Int32(clamping: n))
        }
    }

    @inline(__always)
    private func checkBound(adding n: Int, to current: Int) throws {
        if let bound, current + n > bound { throw ValueError("Semaphore released too many times") }
    }

    /// Takes one unit if there is one, starting from `current`, a fresh load of `value`.
    @inline(__always)
    private func tryDecrement(from loaded: Int) -> Bool {
        var current = loaded
        while current > 0 {
            let (exchanged, original) = value.compareExchange(
                expected: current, desired: current - 1,
                successOrdering: .acquiringAndReleasing, failureOrdering: .relaxed)
            if exchanged { return true }
            current = original
        }
        return false
    }

    private func acquireContended(blocking: Bool, timeout: Double?) -> Bool {
        guard blocking else { return false }
        if let timeout, !(timeout > 0) { return false }
        let deadline = Deadline.futexNanoseconds(after: timeout)
        sleepers.add(1, ordering: .sequentiallyConsistent)
        defer { sleepers.subtract(1, ordering: .sequentiallyConsistent) }
        var blocks = false
        defer { if blocks { trace.transition(.running) } }
        while true {
            let seen = cprim_shared_load32(sequence)
            if tryDecrement(from: value.load(ordering: .sequentiallyConsistent)) { return true }
            if !blocks {
                blocks = true
                trace.transition(.blocked(on: trace.resource))
            }
            if cprim_thread_wait_spinning(sequence, seen, deadline) == ETIMEDOUT {
                return tryDecrement(from: value.load(ordering: .sequentiallyConsistent))
            }
        }
    }
}
