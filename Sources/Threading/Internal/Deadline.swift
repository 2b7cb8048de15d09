import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A point on the monotonic clock by which a blocking call must return.
package struct Deadline: Sendable, Comparable {
    /// Nanoseconds on the clock ``MonotonicClock`` reads.
    package let nanoseconds: UInt64

    /// The point `nanoseconds` on the clock ``MonotonicClock`` reads.
    package init(nanoseconds: UInt64) {
        self.nanoseconds = nanoseconds
    }

    /// `timeout` seconds from now; nil for no timeout, as Python's `timeout=None`.
    /// Negative timeouts count as zero (Python raises; the callers here check first).
    package static func after(seconds timeout: Double?) -> Deadline? {
        guard let timeout else { return nil }
        let clamped = max(0, min(timeout, 1e9))
        return Deadline(nanoseconds: MonotonicClock.now() &+ UInt64(clamped * 1e9))
    }

    /// `timeout` seconds from now in the form the futex waits of `CThreadSync.h` and
    /// `CSharedSync.h` take: nanoseconds on CLOCK_MONOTONIC, or -1 for no timeout (`nil`).
    package static func futexNanoseconds(after timeout: Double?) -> Int64 {
        guard let deadline = after(seconds: timeout) else { return -1 }
        return Int64(clamping: deadline.nanoseconds)
    }

    /// Nanoseconds left, zero once passed.
    package var remainingNanoseconds: UInt64 {
        let now = MonotonicClock.now()
        return nanoseconds > now ? nanoseconds - now : 0
    }

    /// Whether the deadline has passed.
    package var hasPassed: Bool { MonotonicClock.now() >= nanoseconds }

    /// The deadline as an absolute `timespec` for `pthread_cond_timedwait` on CLOCK_MONOTONIC.
    package var timespec: timespec { Deadline.timespec(nanoseconds: nanoseconds) }

    package static func timespec(nanoseconds: UInt64) -> timespec {
        #if canImport(Glibc)
        return Glibc.timespec(
            tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
        #else
        return Darwin.timespec(
            tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
        #endif
    }

    package static func < (lhs: Deadline, rhs: Deadline) -> Bool {
        lhs.nanoseconds < rhs.nanoseconds
    }
}
