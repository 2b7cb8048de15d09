import Multiprocessing
import Threading
import Trace

/// Lesson 10: what `daemon=True` means. A program starts a daemon thread with a long job and an
/// ordinary thread with a short one, and its main code ends. As Python does at exit, it joins
/// the ordinary thread and then the process exits, cutting the daemon off mid-loop; the daemon
/// does not keep running afterwards. The program runs in a child process, forked before any
/// thread exists, so that its exit can be watched: both threads count their steps in shared
/// memory, which the demo's main process reads after the program is gone.
public enum DaemonThreadsDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "daemon-threads",
        parameters: [daemonSteps, workerSteps],
        results: [
            DemoResultSpec(
                "non_daemon_finished",
                values: .yesNo),
            DemoResultSpec("daemon_finished", values: .yesNo),
            DemoResultSpec("daemon_steps"),
            DemoResultSpec("daemon_steps_planned"),
            DemoResultSpec("daemon_steps_after_exit"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let daemonSteps: DemoParameterKey<Int> = .integer(
        "daemon_steps", 1...100, default: 10)
    static let workerSteps: DemoParameterKey<Int> = .integer(
        "worker_steps", 1...20, default: 3)

    /// A step at speed 1, in seconds.
    static let stepSeconds = 0.5
    /// The shortest a step may be, even at full speed: both threads still take time in
    /// proportion to their steps, so the comparison of the two does not vanish into noise.
    static let minimumStepSeconds = 0.02

    /// Slots of the shared progress array: each thread's completed steps, and the daemon's lane
    /// in the trace.
    enum Slot: Int, CaseIterable {
        case daemon, worker, daemonActor
    }

    public static func run(_ run: DemoRun) throws {
        let daemonSteps = run[Self.daemonSteps]
        let workerSteps = run[Self.workerSteps]
        let progress = try SharedArray<Int64>(
            repeating: 0, count: Slot.allCases.count, lock: false, tracer: .disabled)
        run.note(
            descriptor.text("note.plan", ["daemon": "\(daemonSteps)", "worker": "\(workerSteps)"]))
        run.pause(1)
        let program = Process(name: "program") {
            try runProgram(run, daemonSteps: daemonSteps, workerSteps: workerSteps, progress: progress)
        }
        try program.start()
        try program.join(timeout: run.remaining(plus: 5))
        let atExit = progress[Slot.daemon.rawValue]
        let workerDone = progress[Slot.worker.rawValue]
        // The daemon never got to record its own end; now that its process has been reaped, its
        // lane would otherwise go on showing it asleep, which is the very myth this demo corrects.
        let daemonActor = ActorID(Int(progress[Slot.daemonActor.rawValue]))
        if daemonActor != .unassigned {
            TraceContext.tracer.record(
                actor: daemonActor, .transition(.done(.failed("stopped abruptly when its process exited"))))
        }
        run.note(descriptor.text("note.exited", ["done": "\(atExit)", "steps": "\(daemonSteps)"]))
        // Watch the daemon's counter for three of its steps: a daemon that outlived the
        // program would keep counting.
        let watch = 3 * stepDuration(speed: run.speed)
        Time.sleep(min(watch, run.remaining))
        let later = progress[Slot.daemon.rawValue]
        run.note(
            descriptor.text("note.later", ["seconds": "\(DemoValue.decimal(watch))", "count": "\(later)"]))
        if workerDone < Int64(workerSteps) {
            run.stopEarly(because: descriptor.text("stop.worker"))
        }
        run.report("non_daemon_finished", yesNo(workerDone == Int64(workerSteps)))
        run.report("daemon_finished", yesNo(atExit == Int64(daemonSteps)))
        run.report("daemon_steps", atExit)
        run.report("daemon_steps_planned", daemonSteps)
        run.report("daemon_steps_after_exit", later - atExit)
    }

    /// The program: starts both threads, ends its main code, and exits the way Python does.
    private static func runProgram(
        _ run: DemoRun, daemonSteps: Int, workerSteps: Int, progress: SharedArray<Int64>
    ) throws {
        let pace = run.pace
        let step = stepDuration(speed: run.speed)
        // The daemon traces through the detail gate, which the program closes before it exits:
        // the daemon is then silent, so the exit does not cut one of its trace events in half.
        let detail = run.detailTracer
        let daemon = Thread(name: "daemon", daemon: true, tracer: detail) {
            for number in 1...daemonSteps {
                if pace.isOverTime { return }
                detail.record(
                    actor: TraceContext.currentActor,
                    .note(
                        descriptor.text("note.daemon-step", ["step": "\(number)", "steps": "\(daemonSteps)"]))
                )
                Time.sleep(min(step, pace.remaining), tracer: detail)
                progress[Slot.daemon.rawValue] = Int64(number)
            }
        }
        let worker = Thread(name: "worker") {
            for number in 1...workerSteps {
                if pace.isOverTime { return }
                pace.note(
                    descriptor.text("note.worker-step", ["step": "\(number)", "steps": "\(workerSteps)"]))
                Time.sleep(min(step, pace.remaining))
                progress[Slot.worker.rawValue] = Int64(number)
            }
        }
        run.note(descriptor.text("note.start"))
        progress[Slot.daemonActor.rawValue] = Int64(daemon.actor.rawValue)
        try daemon.start()
        try worker.start()
        run.note(descriptor.text("note.main-ends"))
        Thread.waitForNonDaemonThreads(timeout: pace.remaining(plus: 1))
        run.detail?.close()
        run.note(
            descriptor.text(
                "note.process-exits",
                ["done": "\(progress[Slot.daemon.rawValue])", "steps": "\(daemonSteps)"]))
    }

    /// How long one step takes at `speed`: scaled like a pause, but never under the minimum.
    static func stepDuration(speed: Double) -> Double {
        speed > 0 ? max(minimumStepSeconds, stepSeconds / speed) : minimumStepSeconds
    }

    static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
}
