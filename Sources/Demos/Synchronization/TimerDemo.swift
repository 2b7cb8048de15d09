import Synchronization
import Threading
import Trace

/// Lesson 12: `Timer(delay, run).start()` calls `run` on its own thread after the delay; a second
/// timer is cancelled before its delay is up and never calls it.
///
/// The delay is real time at every speed, since it is what the demo measures; `speed` only
/// paces the steps around it.
public enum TimerDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "timer",
        parameters: [delay],
        results: [
            DemoResultSpec("fired"),
            DemoResultSpec("cancelled"),
            DemoResultSpec("delay_s"),
            DemoResultSpec("requested_s"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let delay: DemoParameterKey<Double> = .decimal(
        "delay", 0.05...10, default: 3)

    public static func run(_ run: DemoRun) throws {
        let delay = run[Self.delay]
        let pace = run.pace
        let calls = Atomic<Int>(0)
        let firstCalledAt = Atomic<UInt64>(0)
        let secondCalled = Atomic<Bool>(false)
        let first = Timer(interval: delay, name: "timer-1") {
            firstCalledAt.store(MonotonicClock.now(), ordering: .relaxed)
            calls.add(1, ordering: .relaxed)
            pace.note(descriptor.text("note.first-calls"))
        }
        let second = Timer(interval: delay, name: "timer-2") {
            secondCalled.store(true, ordering: .relaxed)
            calls.add(1, ordering: .relaxed)
            pace.note(descriptor.text("note.second-calls"))
        }
        run.note(descriptor.text("note.plan", ["delay": "\(DemoValue.decimal(delay))"]))
        pace.pause(1)

        let startedAt = MonotonicClock.now()
        try first.start()
        try second.start()
        // Real time, not paced: the cancel has to land inside the timer's real delay.
        let beforeCancel = min(delay / 3, pace.remaining)
        Time.sleep(beforeCancel)
        run.note(descriptor.text("note.cancel", ["seconds": "\(DemoValue.decimal(rounded(beforeCancel)))"]))
        second.cancel()
        for timer in [first, second] {
            try timer.join(timeout: min(delay + 1, pace.remaining(plus: 0.1)))
            if timer.isAlive {
                // The time limit passed first: cancelling ends the timer's wait at once.
                timer.cancel()
                try timer.join(timeout: 1)
            }
        }
        run.stopIfOverTime()
        pace.pause(1)

        let calledAt = firstCalledAt.load(ordering: .relaxed)
        let measured = calledAt == 0 ? 0 : Double(calledAt &- startedAt) / 1e9
        run.report("fired", calls.load(ordering: .relaxed))
        run.report("cancelled", secondCalled.load(ordering: .relaxed) ? 0 : 1)
        run.report("delay_s", DemoValue.decimal(rounded(measured)))
        run.report("requested_s", DemoValue.decimal(delay))
    }

    /// `seconds` to the hundredth, as the narration shows it.
    private static func rounded(_ seconds: Double) -> Double {
        (seconds * 100).rounded() / 100
    }
}
