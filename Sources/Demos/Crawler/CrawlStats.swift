import Threading
import Trace

/// What the crawler measured: requests in flight, overall and per slot, and the gaps between
/// two requests of one slot. Safe to update from any thread.
final class CrawlStats: Sendable {
    private struct State {
        var inFlight = 0
        var maxInFlight = 0
        var inFlightPerSlot: [String: Int] = [:]
        var maxInFlightPerSlot = 0
        var lastStart: [String: UInt64] = [:]
        var minGap: UInt64?
        var fetched = 0
        var errors = 0
    }

    private let state = PthreadLocked(State())

    /// Records that a request of `slot` was sent at `now` (``MonotonicClock`` nanoseconds), the
    /// same instant the crawler spaced the slot's requests by, so the gaps measured are exact.
    func started(slot: String, at now: UInt64) {
        state.withLock { state in
            state.inFlight += 1
            state.maxInFlight = max(state.maxInFlight, state.inFlight)
            let count = state.inFlightPerSlot[slot, default: 0] + 1
            state.inFlightPerSlot[slot] = count
            state.maxInFlightPerSlot = max(state.maxInFlightPerSlot, count)
            if let last = state.lastStart[slot] {
                let gap = now &- last
                state.minGap = min(state.minGap ?? gap, gap)
            }
            state.lastStart[slot] = now
        }
    }

    /// Records that a request of `slot` ended, with a page (`ok`) or an error.
    func finished(slot: String, ok: Bool) {
        state.withLock { state in
            state.inFlight -= 1
            state.inFlightPerSlot[slot, default: 1] -= 1
            if ok { state.fetched += 1 } else { state.errors += 1 }
        }
    }

    /// The most requests in flight at once.
    var maxInFlight: Int { state.withLock { $0.maxInFlight } }
    /// The most requests of one slot in flight at once.
    var maxInFlightPerSlot: Int { state.withLock { $0.maxInFlightPerSlot } }
    /// The shortest time between two requests of one slot, in seconds; nil if no slot sent two.
    var minGapSeconds: Double? { state.withLock { $0.minGap.map { Double($0) / 1e9 } } }
    /// Requests answered with a page.
    var fetched: Int { state.withLock { $0.fetched } }
    /// Requests that failed.
    var errors: Int { state.withLock { $0.errors } }
    /// Requests sent and not yet answered.
    var inFlight: Int { state.withLock { $0.inFlight } }
}
