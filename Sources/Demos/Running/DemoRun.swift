import Messages
import Threading
import Trace

/// What a demo's body works with: its parameters, its pace, its time limit, and the way to
/// report results. It lives in the demo's own process.
///
/// Results are collected in this process's memory, so only the demo's main process reports
/// them; children it forks tell the parent what they saw through a pipe, a queue or shared memory.
public final class DemoRun {
    /// The parameters, with defaults filled in.
    public let arguments: DemoArguments
    /// 1 is a pace a student can follow; 0 means no pauses at all.
    public let speed: Double
    /// Seconds the demo may take before it should stop.
    public let timeLimit: Double
    /// The tracer for the steps a demo repeats many times; ``TraceGate/close()`` it after the
    /// first few rounds (nil when tracing is off).
    public let detail: TraceGate?
    /// The pace, time limit, gate and notes as a value the demo's threads may share.
    let pace: ThreadPace
    private let startedAt: UInt64
    private(set) var reported: [DemoResult] = []
    private(set) var stopReason: String?

    init(arguments: DemoArguments) {
        self.arguments = arguments
        speed = arguments[DemoDescriptor.speed]
        timeLimit = arguments[DemoDescriptor.timeLimit]
        startedAt = MonotonicClock.now()
        detail = TraceContext.tracer.sink.map(TraceGate.init)
        pace = ThreadPace(speed: speed, timeLimit: timeLimit, detail: detail)
    }

    /// The value of the demo's parameter `key`, given or default.
    public subscript<Value>(key: DemoParameterKey<Value>) -> Value {
        arguments[key]
    }

    /// The tracer to give the primitives a demo uses in its busy loops.
    public var detailTracer: Tracer {
        detail.map { Tracer(sink: $0) } ?? TraceContext.tracer
    }

    /// Whether the demo runs with no pauses.
    public var isFullSpeed: Bool { pace.isFullSpeed }

    /// Seconds since the demo started.
    public var elapsed: Double { Double(MonotonicClock.now() &- startedAt) / 1e9 }

    /// Seconds until the time limit passes (0 once it has).
    public var remaining: Double { pace.remaining }

    /// Seconds a blocking wait may last: until the time limit, plus `grace` for the work under
    /// way to wind down. A wait with this timeout cannot hang the demo past its limit for long.
    public func remaining(plus grace: Double) -> Double {
        pace.remaining(plus: grace)
    }

    /// Whether the time limit has passed; a demo checks this in every loop and stops early.
    public var isOverTime: Bool { pace.isOverTime }

    /// Sleeps `seconds` at speed 1, shorter at higher speeds, not at all at full speed: the pauses
    /// that let a student see each step. Shown on the stage as sleeping, as `time.sleep` would be.
    public func pause(_ seconds: Double) {
        pace.pause(seconds)
    }

    /// Reports a measured result: narrated, shown on the stage, and returned to the caller.
    public func report(_ name: String, _ value: some CustomStringConvertible) {
        let text = value.description
        reported.append(DemoResult(name: name, value: text))
        TraceContext.tracer.record(actor: TraceContext.currentActor, .result(name: name, value: text))
    }

    /// Reports that `name` cannot be measured on this machine, and why (one CPU, busy CPUs): a
    /// prediction on it is not graded, since the machine and not the program would decide it.
    public func reportNotMeasured(_ name: String, because reason: String) {
        report(name, DemoResult.notMeasured(because: reason))
    }

    /// Says something on the stage and in the narration.
    public func note(_ text: String) {
        pace.note(text)
    }

    /// Records that the demo stopped before doing all its work, and why; shown after the results.
    public func stopEarly(because reason: String) {
        guard stopReason == nil else { return }
        stopReason = reason
        note(Messages.text("demos.runner.stopped-early", ["reason": reason]))
    }

    /// When the time limit has passed, records that the demo stopped early; returns whether it did.
    @discardableResult
    public func stopIfOverTime() -> Bool {
        guard isOverTime else { return false }
        stopEarly(
            because: Messages.text(
                "demos.runner.time-limit-reached", ["seconds": "\(DemoValue.decimal(timeLimit))"]))
        return true
    }
}
