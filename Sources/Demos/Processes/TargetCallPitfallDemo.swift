import Multiprocessing
import Threading

/// Lesson 02: `Process(target=work())` against `Process(target=work)`. With the parentheses,
/// Python calls `work` right there, in the parent, while it builds the arguments, and hands
/// `Process` what it returned (`None`), so the child has nothing to run. Without them, `Process`
/// receives the function and the child calls it after `start()`.
public enum TargetCallPitfallDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "target-call-pitfall",
        summary: "Process(target=work()) runs work in the parent; Process(target=work) runs it in the child",
        parameters: [style, steps],
        results: [
            DemoResultSpec("work_ran_in", "parent, child, or nowhere: the process whose pid work() saw"),
            DemoResultSpec(
                "work_before_start", "yes when work() ran before p.start() was called, no when after",
                values: .yesNo),
            DemoResultSpec("child_exit_code", "the child's exitcode after join"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let style: DemoParameterKey<Style> = .choice(
        "style", default: .call,
        "call writes `target=work()`, reference writes `target=work`")
    static let steps: DemoParameterKey<Int> = .integer(
        "steps", 1...6, default: 3,
        "steps of work, each a pause on the stage")

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
            let when = startCalled.value == 0 ? "before" : "after"
            run.note("work(): running in pid \(OS.getpid()), \(when) p.start()")
            for step in 1...steps {
                run.pause(0.8)
                run.note("work(): step \(step) of \(steps)")
            }
        }
        let parentPID = OS.getpid()
        let target: () -> Void
        if byCall {
            run.note(
                "main: `p = mp.Process(target=work())`: Python evaluates work() first, here in the parent")
            run.pause(1)
            // What the call returned, Python's None, becomes the target: a child with no target
            // to run, which is what the note inside says.
            let returned: Void = work()
            target = {
                run.note("my target is None, what work() returned; nothing to run")
                return returned
            }
            run.note("main: work() returned None; only now is the Process created, with target=None")
        } else {
            run.note("main: `p = mp.Process(target=work)`: the function itself is handed over, not called")
            target = work
        }
        run.pause(1)
        let process = Process(name: "child", target: target)
        startCalled.value = 1
        try process.start()
        run.note("main: p.start() returned; now p.join()")
        guard try process.join(timeout: run.remaining(plus: 5)) else {
            throw TimeoutError("the child did not end in time")
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
