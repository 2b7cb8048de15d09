import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's `time` module, as far as concurrency goes: `time.sleep`.
public enum Time {
    /// Python's `time.sleep(seconds)`: suspends the calling thread, reported to `tracer` as
    /// `sleeping` until the wake-up time and then `running`.
    ///
    /// A negative or NaN duration sleeps zero seconds (Python raises `ValueError`).
    public static func sleep(_ seconds: Double, tracer: Tracer = TraceContext.tracer) {
        let nanoseconds = seconds > 0 ? UInt64(min(seconds, 1e9) * 1e9) : 0
        let start = MonotonicClock.now()
        let wake = start &+ nanoseconds
        let actor = tracer.isEnabled ? TraceContext.currentActor : .unassigned
        tracer.record(actor: actor, .transition(.sleeping(untilNanos: wake)))
        var until = Deadline.timespec(nanoseconds: wake)
        #if canImport(Glibc)
        // Absolute monotonic time, so a signal that interrupts the sleep resumes it without drift.
        while clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, nil) == EINTR {}
        #else
        var remaining = Deadline.timespec(nanoseconds: nanoseconds)
        while nanosleep(&remaining, &remaining) == -1 && errno == EINTR {}
        _ = until
        #endif
        tracer.record(actor: actor, .transition(.running))
    }
}
