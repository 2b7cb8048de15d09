import HeapModule
import Trace

/// The reactor's pending ``DelayedCall``s, ordered by deadline and then by scheduling order.
///
/// Cancelling or resetting leaves the old heap entry behind (removing from the middle of a heap is
/// expensive); such entries are recognised by their stale sequence number and skipped, and the
/// heap is rebuilt once they outnumber the live ones so cancelled timeouts cannot pile up.
final class ReactorTimerQueue {
    private struct Entry: Comparable {
        let deadline: UInt64
        let sequence: UInt64
        let call: DelayedCall

        var isStale: Bool { call.state != .pending || call.sequence != sequence }

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.deadline, lhs.sequence) < (rhs.deadline, rhs.sequence)
        }

        static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.deadline == rhs.deadline && lhs.sequence == rhs.sequence
        }
    }

    private var heap = Heap<Entry>()
    private var staleCount = 0
    private var nextSequence: UInt64 = 0

    /// Calls that will still run.
    var activeCount: Int { heap.count - staleCount }

    func schedule(after delay: Double, _ function: @escaping () -> Void) -> DelayedCall {
        schedule(atNanoseconds: Self.deadline(after: delay), function)
    }

    /// Schedules at an absolute ``MonotonicClock`` time; calls with equal deadlines keep this order.
    func schedule(atNanoseconds deadline: UInt64, _ function: @escaping () -> Void) -> DelayedCall {
        let call = DelayedCall(deadline: deadline, sequence: takeSequence(), function: function, queue: self)
        heap.insert(Entry(deadline: call.deadline, sequence: call.sequence, call: call))
        return call
    }

    func reschedule(_ call: DelayedCall, after delay: Double) {
        call.deadline = Self.deadline(after: delay)
        call.sequence = takeSequence()
        heap.insert(Entry(deadline: call.deadline, sequence: call.sequence, call: call))
        noteStaleEntry()
    }

    /// Called by a cancelled call, whose entry is now stale.
    func discard(_ call: DelayedCall) {
        noteStaleEntry()
    }

    /// The earliest deadline of a live call, in nanoseconds.
    func nextDeadline() -> UInt64? {
        dropStaleTop()
        return heap.min?.deadline
    }

    /// Runs every call due at the moment this is called, in deadline then scheduling order.
    ///
    /// Calls scheduled by these callbacks wait for the next iteration even if already due,
    /// so a callback that reschedules itself with a zero delay cannot starve I/O.
    func runDue() {
        let now = MonotonicClock.now()
        let limit = nextSequence
        while true {
            dropStaleTop()
            guard let first = heap.min, first.deadline <= now, first.sequence < limit else { return }
            heap.removeMin()
            let call = first.call
            let function = call.function
            call.state = .called
            call.function = nil
            function?()
        }
    }

    private func takeSequence() -> UInt64 {
        defer { nextSequence &+= 1 }
        return nextSequence
    }

    private func noteStaleEntry() {
        staleCount += 1
        if staleCount > 32 && staleCount * 2 > heap.count {
            heap = Heap(heap.unordered.filter { !$0.isStale })
            staleCount = 0
        }
    }

    private func dropStaleTop() {
        while let first = heap.min, first.isStale {
            heap.removeMin()
            staleCount -= 1
        }
    }

    /// Rounds up, so a timer can only run late, never early.
    private static func deadline(after delay: Double) -> UInt64 {
        let clamped = delay.isNaN ? 0 : max(0, min(delay, 1e9))
        return MonotonicClock.now() &+ UInt64((clamped * 1e9).rounded(.up))
    }
}
