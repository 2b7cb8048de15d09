import Histogram
import Trace

/// Times each round trip of a ping-pong or round-trip case on the side that starts them: one
/// read of the monotonic clock (CLOCK_MONOTONIC) per round trip, the lap since the previous
/// read, recorded in an HDR histogram (three significant digits), so that timing them costs the
/// rate little and both come from the same run.
///
/// The first round trip also waits for the other side to start, so it only starts the clock:
/// n round trips give n - 1 latencies. The CPython and C counterparts time theirs the same way.
///
/// Used by one thread at a time and read after that thread is joined.
final class RoundTripTimer: @unchecked Sendable {
    // Unchecked: a class property's dynamic exclusivity check reads thread-local storage on
    // every round trip (perf: 1.5% of a one-CPU pipe round trip), a cost the counterparts'
    // timing does not have. One thread at a time uses the timer, as said above.
    @exclusivity(unchecked) private var histogram = Histogram<UInt64>(
        highestTrackableValue: 120_000_000_000, numberOfSignificantValueDigits: .three)
    @exclusivity(unchecked) private var last: UInt64 = 0

    /// Called once after each round trip, `index` counting from 0.
    @inline(__always)
    func ended(roundTrip index: Int) {
        let now = MonotonicClock.now()
        if index > 0 { histogram.record(now &- last) }
        last = now
    }

    /// The percentiles of the latencies recorded; nil before two round trips ended.
    var latency: Latency? {
        guard histogram.totalCount > 0 else { return nil }
        return Latency(
            p50: histogram.valueAtPercentile(50), p99: histogram.valueAtPercentile(99),
            max: histogram.maxRecorded)
    }
}
