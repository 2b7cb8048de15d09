import Synchronization
import Threading
import Trace

/// Lesson 10: the two ways to write a thread. `Thread(target=run, args=('thread 1',))` runs a
/// function; a subclass of `Thread` overrides `run()`. The demo reads `is_alive()` before
/// `start()`, while the threads run and after `join()`, shows the default `Thread-N` names, and
/// makes the classic mistake of calling `run()` directly: it then runs in the caller's thread.
public enum ThreadStylesDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "thread-styles",
        parameters: [threads, steps],
        results: [
            DemoResultSpec("alive_before_start"),
            DemoResultSpec("alive_while_running"),
            DemoResultSpec("alive_after_join", values: .yesNo),
            DemoResultSpec("default_name"),
            DemoResultSpec("subclass_ran_in"),
            DemoResultSpec("direct_run_ran_in"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let threads: DemoParameterKey<Int> = .integer(
        "threads", 1...8, default: 2)
    static let steps: DemoParameterKey<Int> = .integer(
        "steps", 1...10, default: 3)

    public static func run(_ run: DemoRun) throws {
        let count = run[Self.threads]
        let steps = run[Self.steps]
        let pace = run.pace
        let log = RunLog()
        // Holds the threads at their first line until the main thread has asked `is_alive()`,
        // so the answer does not depend on how fast they run.
        let go = Event(name: "go")
        run.note(descriptor.text("note.threads", ["count": "\(count)"]))
        let threads = (1...count).map { number in
            let label = "thread \(number)"
            return Thread {
                go.wait(timeout: pace.remaining(plus: 1))
                for step in 1...steps {
                    if pace.isOverTime { return }
                    pace.note(
                        descriptor.text(
                            "note.run-step", ["label": label, "step": "\(step)", "steps": "\(steps)"]))
                    log.printedLine()
                    pace.pause(0.6)
                }
            }
        }
        let aliveBeforeStart = threads.contains { $0.isAlive }
        run.note(
            descriptor.text(
                "note.before-start",
                ["alive": python(aliveBeforeStart), "names": threads.map(\.name).joined(separator: ", ")]))
        run.pause(1)
        for thread in threads { try thread.start() }
        let aliveWhileRunning = threads.allSatisfy { $0.isAlive }
        run.note(descriptor.text("note.after-start", ["alive": python(aliveWhileRunning)]))
        run.pause(1)
        go.set()
        for thread in threads { try thread.join(timeout: pace.remaining(plus: 1)) }
        let aliveAfterJoin = threads.contains { $0.isAlive }
        run.note(descriptor.text("note.after-join", ["alive": python(aliveAfterJoin)]))

        let worker = StepCounter(name: "counter", steps: steps, pace: pace, log: log)
        run.note(descriptor.text("note.subclass"))
        try worker.start()
        try worker.join(timeout: pace.remaining(plus: 1))
        run.pause(0.5)
        let mistaken = StepCounter(name: "mistake", steps: steps, pace: pace, log: log)
        run.note(descriptor.text("note.mistake"))
        try mistaken.run()
        let ranIn = log.names
        if log.linesPrinted < (count + 2) * steps {
            run.stopEarly(because: descriptor.text("stop.lines"))
        }
        run.report("alive_before_start", yesNo(aliveBeforeStart))
        run.report("alive_while_running", yesNo(aliveWhileRunning))
        run.report("alive_after_join", yesNo(aliveAfterJoin))
        run.report("default_name", threads[0].name)
        run.report("subclass_ran_in", ranIn.first ?? "nothing")
        run.report("direct_run_ran_in", ranIn.dropFirst().first ?? "nothing")
    }

    static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

    static func python(_ value: Bool) -> String { value ? "True" : "False" }
}

/// Python's
/// ```python
/// class StepCounter(threading.Thread):
///     def __init__(self, name, steps):
///         super().__init__(name=name)
///         self.steps = steps
///     def run(self):
///         for step in range(self.steps): print(self.name, step)
/// ```
private final class StepCounter: Thread, @unchecked Sendable {
    private let steps: Int
    private let pace: ThreadPace
    private let log: RunLog

    init(name: String, steps: Int, pace: ThreadPace, log: RunLog) {
        self.steps = steps
        self.pace = pace
        self.log = log
        super.init(name: name)
    }

    override func run() throws {
        // Python's `threading.current_thread().name`; the demo's main thread is not a Spindle
        // thread, so it has no `Thread` object, and Python calls it MainThread.
        let current = Thread.current?.name ?? "MainThread"
        log.record(current)
        for step in 1...steps {
            if pace.isOverTime { return }
            pace.note(
                ThreadStylesDemo.descriptor.text(
                    "note.subclass-step",
                    ["name": name, "thread": current, "step": "\(step)", "steps": "\(steps)"]))
            log.printedLine()
            pace.pause(0.6)
        }
    }
}

/// What the threads did: the names of the threads `StepCounter.run()` found itself in, in
/// order, and how many lines every thread printed (fewer than planned when time ran out).
private final class RunLog: Sendable {
    private let entries = PthreadLocked<[String]>([])
    private let lines = Atomic<Int>(0)

    func record(_ name: String) {
        entries.withLock { $0.append(name) }
    }

    var names: [String] {
        entries.withLock { $0 }
    }

    func printedLine() {
        lines.add(1, ordering: .relaxed)
    }

    var linesPrinted: Int {
        lines.load(ordering: .relaxed)
    }
}
