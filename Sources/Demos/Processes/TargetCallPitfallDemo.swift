import Multiprocessing
import Threading

/// Lesson 02: `Process(target=work())` against `Process(target=work)`. With the parentheses,
/// Python calls `work` right there, in the parent, while it builds the arguments, and hands
/// `Process` what it returned (`None`), so the child has nothing to run. Without them, `Process`
/// receives the function and the child calls it after `start()`.
public enum TargetCallPitfallDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "target-call-pitfall",
        parameters: [style, steps],
        results: [
            DemoResultSpec("work_ran_in"),
            DemoResultSpec(
                "work_before_start",
                values: .yesNo),
            DemoResultSpec("child_exit_code"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let style: DemoParameterKey<Style> = .choice(
        "style", default: .call)
    static let steps: DemoParameterKey<Int> = .integer(
        "steps", 1...6, default: 3)

    /// The words of `style`.
    enum Style: String, DemoChoice {
        case call
        case reference
    }

    public static func run(_ run: DemoRun) throws {
        let byCall = run[Self.style] == .call
        let steps = run[Self.steps]
        // Where and when work() ran, in shared memory, since it may run in the child.
        let ranInPID = try SharedValue<Int32>(0, lock: false, name: "ran_in", tracer: .disabled)
        let startCalled = try SharedValue<Int32>(0, lock: false, name: "start_called", tracer: .disabled)
        // -1 until work() runs; then whether p.start() had been called by that moment.
        let startSeen = try SharedValue<Int32>(-1, lock: false, name: "start_seen", tracer: .disabled)
        let work = {
            ranInPID.value = OS.getpid()
            startSeen.value = startCalled.value
            let when = startCalled.value == 0 ? "note.work-before-start" : "note.work-after-start"
            run.note(descriptor.text(when, ["pid": "\(OS.getpid())"]))
            for step in 1...steps {
                run.pause(0.8)
                run.note(descriptor.text("note.work-step", ["step": "\(step)", "steps": "\(steps)"]))
            }
        }
        let parentPID = OS.getpid()
        let target: () -> Void
        if byCall {
            run.note(descriptor.text("note.call-style"))
            run.pause(1)
            // What the call returned, Python's None, becomes the target: a child with no target
            // to run, which is what the note inside says.
            let returned: Void = work()
            target = {
                run.note(descriptor.text("note.target-none"))
                return returned
            }
            run.note(descriptor.text("note.created-with-none"))
        } else {
            run.note(descriptor.text("note.reference-style"))
            target = work
        }
        run.pause(1)
        let process = Process(name: "child", target: target)
        startCalled.value = 1
        try process.start()
        run.note(descriptor.text("note.started"))
        guard try process.join(timeout: run.remaining(plus: 5)) else {
            throw TimeoutError(descriptor.text("error.child-late"))
        }
        let ranIn = ranInPID.value
        let place = ranIn == parentPID ? "parent" : ranIn == process.pid ? "child" : "nowhere"
        let beforeStart =
            switch startSeen.value {
            case 0: "yes"
            case 1: "no"
            default: "never ran"
            }
        run.stopIfOverTime()
        run.report("work_ran_in", place)
        run.report("work_before_start", beforeStart)
        run.report("child_exit_code", process.exitCode.map(String.init) ?? "None")
    }
}
