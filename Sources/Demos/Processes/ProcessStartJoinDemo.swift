import Multiprocessing
import Threading

/// Lesson 02: `mp.Process(target=work, args=(i,))`, `start()`, `join()` and `exitcode`, and the
/// `daemon` flag. Workers get their number as an argument; the last one ends with a nonzero code
/// on purpose. A process named `parent` starts a `helper` with a long job and then ends: as a
/// daemon the helper is terminated at that moment, otherwise the parent waits for it at exit.
public enum ProcessStartJoinDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "process-start-join",
        parameters: [workers, failCode, daemon],
        results: [
            DemoResultSpec("started"),
            DemoResultSpec("joined"),
            DemoResultSpec("exit_codes"),
            DemoResultSpec("helper_ticks"),
            DemoResultSpec("helper_finished", values: .yesNo),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let workers: DemoParameterKey<Int> = .integer(
        "workers", 1...5, default: 3)
    static let failCode: DemoParameterKey<Int> = .integer(
        "fail_code", 0...255, default: 3)
    static let daemon: DemoParameterKey<Bool> = .flag(
        "daemon", default: true)

    /// The length of the helper's job, in ticks.
    // The catalogue's `result.helper-ticks` says "out of 8": change both together.
    static let helperTicks = 8

    public static func run(_ run: DemoRun) throws {
        let workers = run[Self.workers]
        let failCode = Int32(run[Self.failCode])
        let daemon = run[Self.daemon]
        // Written by the helper only, read by the main process after everything ended.
        let ticks = try SharedValue<Int64>(0, lock: false, name: "ticks", tracer: .disabled)
        let finished = try SharedValue<Int64>(0, lock: false, name: "finished", tracer: .disabled)
        let helperReady = try ProcessEvent(name: "helper ready", tracer: .disabled)

        let parent = Process(name: "parent") {
            let helper = Process(name: "helper", daemon: daemon) {
                helperJob(run, ready: helperReady, ticks: ticks, finished: finished)
            }
            try helper.start()
            run.note(descriptor.text("note.helper-started", ["daemon": daemon ? "True" : "False"]))
            // Ending only once the helper is into its quiet ticks: see `helperJob`.
            helperReady.wait(timeout: run.remaining(plus: 5))
            // Out of step with the helper's half-second ticks, so the end never lands on a tick.
            run.pause(1.2)
            run.note(
                daemon
                    ? descriptor.text("note.done-daemon") : descriptor.text("note.done-waiting"))
        }

        let processes = (1...workers).map { number in
            Process(name: "worker-\(number)") {
                run.note(descriptor.text("note.work-called", ["number": "\(number)"]))
                run.pause(0.8 * Double(number))
                if number == workers, failCode != 0 {
                    run.note("sys.exit(\(failCode))")
                    OS.exit(failCode)
                }
            }
        }
        run.note(descriptor.text("note.created", ["workers": "\(workers)"]))
        run.pause(1)
        var started = 0
        for process in processes {
            try process.start()
            started += 1
        }
        run.note(descriptor.text("note.one-more"))
        try parent.start()
        run.note(descriptor.text("note.all-started"))
        var joined = 0
        for process in processes where try process.join(timeout: run.remaining(plus: 5)) {
            joined += 1
        }
        guard try parent.join(timeout: run.remaining(plus: 5)) else {
            throw TimeoutError(descriptor.text("error.parent-late"))
        }
        let codes = processes.map { $0.exitCode.map(String.init) ?? "None" }
        run.stopIfOverTime()
        run.report("started", started)
        run.report("joined", joined)
        run.report("exit_codes", codes.joined(separator: ","))
        run.report("helper_ticks", ticks.value)
        run.report("helper_finished", finished.value == 1 ? "yes" : "no")
    }

    /// The helper's job, longer than its parent's at every speed: at full speed each tick still
    /// takes a real quarter of a second, so the parent always ends first.
    ///
    /// The ticks are not traced, so that the SIGTERM a daemon receives never finds it in the
    /// middle of sending a trace event (the trace lock is shared by the whole process tree). It
    /// signals `ready` once its last traced step before the ticks is done.
    private static func helperJob(
        _ run: DemoRun, ready: ProcessEvent, ticks: SharedValue<Int64>, finished: SharedValue<Int64>
    ) {
        run.note(descriptor.text("note.helper-job", ["ticks": "\(helperTicks)"]))
        ready.set()
        let tickSeconds = run.isFullSpeed ? 0.25 : 0.5 / run.speed
        for tick in 1...helperTicks {
            let left = run.remaining
            if left <= 0 { return }
            Time.sleep(min(tickSeconds, left), tracer: .disabled)
            ticks.value = Int64(tick)
        }
        finished.value = 1
        run.note(descriptor.text("note.helper-finished", ["ticks": "\(helperTicks)"]))
    }
}
