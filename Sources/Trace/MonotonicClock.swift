#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The single time source for trace events.
///
/// A monotonic clock is used because wall-clock time can jump (NTP, manual
/// changes) and would reorder events; and it is read directly rather than via
/// `ContinuousClock` so that forked processes, which share the boot-relative
/// clock, produce comparable timestamps.
public enum MonotonicClock {
    /// Nanoseconds since an arbitrary fixed point (boot on Linux).
    @inlinable
    public static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
    }
}
