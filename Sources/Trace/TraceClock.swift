import CTraceClock

/// The cheap time stamp behind ``TraceRecorder/record(actor:kind:note:)``: the CPU's counter,
/// converted to ``MonotonicClock`` nanoseconds only when events are collected.
///
/// Reading `CLOCK_MONOTONIC` costs more than an uncontended lock; the counter it is built on
/// costs less. Each collection reads both clocks and converts by interpolating between its
/// reading and the previous one, so stamps stay comparable with times other code takes from
/// ``MonotonicClock`` (a sleeper's wake-up time, a child process's events). Where there is no
/// trustworthy counter, ticks are ``MonotonicClock`` nanoseconds.
@usableFromInline
enum TraceClock {
    /// A stamp, ordered after everything the calling thread did before.
    @inlinable @inline(__always)
    static func ticks() -> UInt64 {
        ctrace_ticks()
    }

    /// A stamp that may be earlier than what the calling thread observed last, but is no later
    /// than anything it publishes next; see ``EventOrder``.
    @inlinable @inline(__always)
    static func unfencedTicks() -> UInt64 {
        ctrace_ticks_unfenced()
    }

    /// A stamp that is also ordered before everything the calling thread does next: a reader's
    /// cut-off, after which it looks at the buffers.
    static func fencedTicks() -> UInt64 {
        ctrace_ticks_fenced()
    }

    /// Both clocks read at once: the counter between two ``MonotonicClock`` readings, from the
    /// tightest of a few tries, so that a preemption in the middle of one try does not skew it.
    struct Reading {
        var ticks: UInt64
        var nanoseconds: UInt64

        static func now() -> Reading {
            var best = Reading(ticks: 0, nanoseconds: 0)
            var narrowest = UInt64.max
            for _ in 0..<4 {
                let before = MonotonicClock.now()
                let ticks = ctrace_ticks()
                let after = MonotonicClock.now()
                if after &- before < narrowest {
                    narrowest = after &- before
                    best = Reading(ticks: ticks, nanoseconds: before &+ (after &- before) / 2)
                }
            }
            return best
        }
    }

    /// Converts the stamps taken between two readings by the line through them, so a converted
    /// time is as close to ``MonotonicClock`` as the readings are, however far the counter's
    /// rate drifts from the kernel's (NTP slews the latter) or the calibration is off.
    struct Conversion {
        let from: Reading
        let to: Reading
        private let nanosecondsPerTick: Double

        /// Through `from` and `to`; by ``TraceClock/nanosecondsPerTick`` when they are too close.
        init(from: Reading, to: Reading) {
            self.from = from
            self.to = to
            // Too short an interval has no reliable slope of its own, but then every stamp in it
            // is near both ends anyway.
            let ticks = to.ticks &- from.ticks
            nanosecondsPerTick =
                to.ticks > from.ticks &+ 1_000_000 && to.nanoseconds > from.nanoseconds
                ? Double(to.nanoseconds - from.nanoseconds) / Double(ticks) : TraceClock.nanosecondsPerTick
        }

        /// The ``MonotonicClock`` time of a stamp taken with ``ticks()``.
        func nanoseconds(_ ticks: UInt64) -> UInt64 {
            guard TraceClock.usesCounter else { return ticks }
            // The offset alone goes through `Double`, whose 53 bits would round a time since boot.
            let offset = Int64(Double(Int64(bitPattern: ticks &- from.ticks)) * nanosecondsPerTick)
            let time = Int64(bitPattern: from.nanoseconds) &+ offset
            return UInt64(max(0, min(time, Int64(bitPattern: max(to.nanoseconds, from.nanoseconds)))))
        }
    }

    /// Whether stamps are counter ticks rather than nanoseconds.
    static let usesCounter = ctrace_counter_in_use() != 0

    /// The counter's rate, measured once over a couple of milliseconds.
    static let nanosecondsPerTick: Double = {
        guard usesCounter else { return 1 }
        let start = Reading.now()
        // Busy-wait rather than sleep: a short wait keeps the first collection quick, and 2 ms
        // keeps the error from the readings' jitter around a part in ten thousand.
        while MonotonicClock.now() &- start.nanoseconds < 2_000_000 {}
        let end = Reading.now()
        return Double(end.nanoseconds &- start.nanoseconds) / Double(max(1, end.ticks &- start.ticks))
    }()
}
