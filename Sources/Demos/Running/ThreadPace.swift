import Threading
import Trace

/// The part of a ``DemoRun`` that a demo's threads need: its pace, its time limit, its detail
/// gate and its notes, as a value threads may share. ``DemoRun`` itself stays with the demo's
/// main thread, which alone reports results.
struct ThreadPace: Sendable {
    /// 1 is a pace a student can follow; 0 means no pauses.
    let speed: Double
    /// The gate on the detail tracer, nil when tracing is off.
    let detail: TraceGate?
    /// The monotonic time, in nanoseconds, at which the time limit passes.
    private let deadline: UInt64

    /// A pace of `speed` whose time limit passes `timeLimit` seconds from now.
    init(speed: Double, timeLimit: Double, detail: TraceGate?) {
        self.speed = speed
        self.detail = detail
        deadline = MonotonicClock.now() &+ UInt64(max(0, timeLimit) * 1e9)
    }

    /// Whether pauses are skipped.
    var isFullSpeed: Bool { speed == 0 }

    /// Seconds until the time limit passes (0 once it has).
    var remaining: Double {
        let now = MonotonicClock.now()
        return now >= deadline ? 0 : Double(deadline &- now) / 1e9
    }

    /// ``DemoRun/remaining(plus:)`` for any thread.
    func remaining(plus grace: Double) -> Double {
        remaining + grace
    }

    /// Whether the time limit has passed.
    var isOverTime: Bool { remaining == 0 }

    /// ``DemoRun/pause(_:)`` for any thread: sleeps `seconds` scaled by the speed, never past
    /// the time limit, shown on the calling thread's lane.
    func pause(_ seconds: Double) {
        guard speed > 0, seconds > 0 else { return }
        let left = remaining
        guard left > 0 else { return }
        Time.sleep(min(seconds / speed, left))
    }

    /// ``DemoRun/note(_:)`` on the calling thread's lane.
    func note(_ text: String) {
        TraceContext.tracer.record(actor: TraceContext.currentActor, .note(text))
    }
}
