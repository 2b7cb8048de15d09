#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Trace

/// A point on the monotonic clock by which a blocking call must return.
struct Deadline: Sendable, Comparable {
    /// Nanoseconds on the clock ``MonotonicClock`` reads.
    let nanoseconds: UInt64

    /// `timeout` seconds from now; nil for no timeout, as Python's `timeout=None`.
    /// Negative timeouts count as zero (Python raises; the callers here check first).
    static func after(seconds timeout: Double?) -> Deadline? {
        guard let timeout else { return nil }
        let clamped = max(0, min(timeout, 1e9))
        return Deadline(nanoseconds: MonotonicClock.now() &+ UInt64(clamped * 1e9))
    }

    /// Nanoseconds left, zero once passed.
    var remainingNanoseconds: UInt64 {
        let now = MonotonicClock.now()
        return nanoseconds > now ? nanoseconds - now : 0
    }

    /// Whether the deadline has passed.
    var hasPassed: Bool { MonotonicClock.now() >= nanoseconds }

    /// The deadline as an absolute `timespec` for `pthread_cond_timedwait` on CLOCK_MONOTONIC.
    var timespec: timespec { Deadline.timespec(nanoseconds: nanoseconds) }

    static func timespec(nanoseconds: UInt64) -> timespec {
        #if canImport(Glibc)
        return Glibc.timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
        #else
        return Darwin.timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
        #endif
    }

    static func < (lhs: Deadline, rhs: Deadline) -> Bool {
        lhs.nanoseconds < rhs.nanoseconds
    }
}
