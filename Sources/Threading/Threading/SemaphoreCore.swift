import Synchronization
import Trace

/// The counter and sleeping room shared by ``Semaphore`` and ``BoundedSemaphore``.
///
/// The value lives in an atomic so an uncontended acquire or release is one compare-exchange.
/// Sleepers announce themselves in `sleepers` before their last look at the value, and releasers
/// look at `sleepers` after changing it (both sequentially consistent), so either the sleeper
/// sees the new value or the releaser sees the sleeper and signals under `mutex`.
final class SemaphoreCore: @unchecked Sendable {
    private let value: Atomic<Int>
    private let sleepers = Atomic<Int>(0)
    private let mutex = PthreadMutex()
    private let wakeup = PthreadCondition()
    /// The most the value may reach, for a bounded semaphore.
    private let bound: Int?
    let trace: ThreadingTrace

    /// - Throws: ``ValueError`` when `initial` is negative, as Python does.
    init(initial: Int, bounded: Bool, name: String?, tracer: Tracer) throws {
        guard initial >= 0 else { throw ValueError("semaphore initial value must be >= 0") }
        value = Atomic(initial)
        bound = bounded ? initial : nil
        trace = ThreadingTrace(kind: .semaphore, name: name, capacity: initial, tracer: tracer)
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
            wakeLocked(n)
        } else {
            var current = value.load(ordering: .relaxed)
            while true {
                try checkBound(adding: n, to: current)
                let (exchanged, original) = value.compareExchange(
                    expected: current, desired: current + n, ordering: .sequentiallyConsistent)
                if exchanged { break }
                current = original
            }
            if sleepers.load(ordering: .sequentiallyConsistent) > 0 {
                mutex.lock()
                wakeLocked(n)
                mutex.unlock()
            }
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
        let deadline = Deadline.after(seconds: timeout)
        mutex.lock()
        sleepers.add(1, ordering: .sequentiallyConsistent)
        var acquired = tryDecrement(from: value.load(ordering: .sequentiallyConsistent))
        let blocks = !acquired
        if blocks {
            trace.transition(.blocked(on: trace.resource))
        }
        while !acquired {
            let signalled = wakeup.wait(mutex, until: deadline)
            acquired = tryDecrement(from: value.load(ordering: .sequentiallyConsistent))
            if !signalled { break }
        }
        sleepers.subtract(1, ordering: .sequentiallyConsistent)
        mutex.unlock()
        if blocks {
            trace.transition(.running)
        }
        return acquired
    }

    /// Wakes up to `n` sleepers. Called with `mutex` held.
    private func wakeLocked(_ n: Int) {
        let count = min(n, sleepers.load(ordering: .relaxed))
        for _ in 0..<count {
            wakeup.signal()
        }
    }
}
