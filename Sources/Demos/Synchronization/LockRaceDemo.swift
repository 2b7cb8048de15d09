import GILSimulation
import Synchronization
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lesson 11: threads of one process race on a shared counter. Each addition is a read, a pause
/// that lets another thread run (`time.sleep(0)` in Python), and a write; without a Lock around
/// the three, two threads read the same number and one addition vanishes.
public enum LockRaceDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "lock-race",
        parameters: [threads, increments, lock, cpython],
        results: [
            DemoResultSpec("expected", values: .count),
            DemoResultSpec("actual", values: .count),
            DemoResultSpec("lost", values: .count),
            DemoResultSpec(
                "lost_watched",
                values: .count),
            DemoResultSpec("lost_full_speed", values: .count),
            DemoResultSpec("cpython"),
            DemoResultSpec("cpython_version"),
            DemoResultSpec("cpython_lost_plain"),
            DemoResultSpec("cpython_lost_call"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let threads: DemoParameterKey<Int> = .integer(
        "threads", 1...8, default: 3)
    static let increments: DemoParameterKey<Int> = .integer(
        "increments", 1...100_000, default: 2_000)
    static let lock: DemoParameterKey<Bool> = .flag(
        "lock", default: false)
    static let cpython: DemoParameterKey<Bool> = .flag(
        "cpython", default: false)

    /// The CPython race: threads, and additions each makes in the plain and call forms.
    static let cpythonArguments = ["4", "200000"]

    /// Rounds each thread shows slowly and traced before the rest run at full speed.
    static let watchedRounds = 3

    public static func run(_ run: DemoRun) throws {
        let threads = run[Self.threads]
        let increments = run[Self.increments]
        let locked = run[Self.lock]
        let pace = run.pace
        let counter = RacyCounter(name: "counter", tracer: run.detailTracer)
        let lock = Lock(name: "lock", tracer: run.detailTracer)
        // Counts additions actually made, so a run cut short does not count unfinished work as lost.
        let made = Atomic<Int>(0)
        // Untraced: it only holds the fast rounds back until every thread has been watched, so
        // that closing the detail gate hides no watched round.
        // Its action, run before any thread goes on, notes what the watched rounds lost.
        let afterWatched = Atomic<Int>(0)
        let watchedAll = try Barrier(
            parties: threads,
            action: {
                afterWatched.store(made.load(ordering: .relaxed) - counter.read(), ordering: .relaxed)
            }, tracer: .disabled)
        run.note(
            descriptor.text(locked ? "note.locked" : "note.unlocked", ["increments": "\(increments)"])
        )

        let add: @Sendable (Bool) -> Void = { watched in
            let value = counter.read()
            if watched { pace.pause(0.6) } else { sched_yield() }
            counter.write(value + 1)
        }
        let workers = (1...threads).map { number in
            Thread(name: "thread-\(number)") {
                let watched = min(watchedRounds, increments)
                for _ in 0..<watched where !pace.isOverTime {
                    if locked { lock.withLock { add(true) } } else { add(true) }
                    made.add(1, ordering: .relaxed)
                    pace.pause(0.3)
                }
                guard let arrival = try? watchedAll.wait(timeout: max(pace.remaining, 0.001)),
                    !pace.isOverTime
                else { return }
                if arrival == 0, increments > watched {
                    pace.detail?.close()
                    pace.note(descriptor.text("note.full-speed", ["additions": "\(increments - watched)"]))
                }
                for round in watched..<increments {
                    if (round - watched) % 256 == 255, pace.isOverTime { return }
                    if locked { lock.withLock { add(false) } } else { add(false) }
                    made.add(1, ordering: .relaxed)
                }
            }
        }
        for worker in workers { try worker.start() }
        for worker in workers { try worker.join(timeout: pace.remaining(plus: 1)) }

        let expected = made.load(ordering: .relaxed)
        let actual = counter.read()
        if expected < threads * increments {
            run.stopEarly(
                because: descriptor.text(
                    "stop.additions", ["done": "\(expected)", "all": "\(threads * increments)"]))
        }
        let lostWatched = afterWatched.load(ordering: .relaxed)
        run.report("expected", expected)
        run.report("actual", actual)
        run.report("lost", expected - actual)
        run.report("lost_watched", lostWatched)
        run.report("lost_full_speed", expected - actual - lostWatched)
        let cpython =
            run[Self.cpython] && !run.isOverTime
            ? raceInCPython(run)
            : ["cpython": run[Self.cpython] ? "timeout" : "off"]
        for name in ["cpython", "cpython_version", "cpython_lost_plain", "cpython_lost_call"] {
            run.report(name, cpython[name] ?? "n/a")
        }
    }

    /// Runs the race in real CPython after showing its source: the plain `counter += 1` and the
    /// same with a function call between the read and the write.
    private static func raceInCPython(_ run: DemoRun) -> [String: String] {
        run.noteScript(RaceExperimentScript.fileName, RaceExperimentScript.source)
        run.note(
            descriptor.text(
                "note.running-python",
                ["arguments": cpythonArguments.joined(separator: " "), "file": RaceExperimentScript.fileName])
        )
        let timeout = min(120, max(1, run.remaining))
        switch CPythonRun.run(
            source: RaceExperimentScript.source, arguments: cpythonArguments, timeout: timeout)
        {
        case .missing:
            run.note(descriptor.text("note.python-missing"))
            return ["cpython": "missing"]
        case .timedOut:
            run.note(descriptor.text("note.python-timeout", ["seconds": "\(DemoValue.decimal(timeout))"]))
            return ["cpython": "timeout"]
        case .failed(let reason):
            run.note(descriptor.text("note.python-failed", ["reason": reason]))
            return ["cpython": "failed"]
        case .finished(let values, _):
            guard let plain = values["lost_plain"], let call = values["lost_call"] else {
                run.note(descriptor.text("note.python-no-counts"))
                return ["cpython": "failed"]
            }
            let version = values["python_version"] ?? "?"
            run.note(
                descriptor.text(
                    "note.python-header",
                    [
                        "version": version, "gil": values["gil"] ?? "?",
                        "additions": values["additions"] ?? "?",
                    ]))
            run.note(
                descriptor.text(
                    "note.python-losses",
                    [
                        "plain": plain, "call": call, "sleep-additions": values["additions_sleep0"] ?? "?",
                        "sleep-lost": values["lost_sleep0"] ?? "?",
                    ]))
            return [
                "cpython": "ran", "cpython_version": version, "cpython_lost_plain": plain,
                "cpython_lost_call": call,
            ]
        }
    }
}

/// A counter threads read and write as separate steps, like a Python global `counter`.
///
/// Each read and each write is whole (an atomic load or store, as each bytecode is whole under
/// the GIL), but nothing joins a read to the write after it: that gap is the race. Reads and
/// writes are traced as a shared-memory resource so the stage shows the values threads saw.
private final class RacyCounter: Sendable {
    private let storage = Atomic<Int>(0)
    private let tracer: Tracer
    private let resource: ResourceID

    init(name: String, tracer: Tracer) {
        self.tracer = tracer
        resource = tracer.nextResourceID()
        tracer.record(
            actor: TraceContext.currentActor,
            .declareResource(TraceResource(id: resource, kind: .sharedMemory, name: name)))
    }

    func read() -> Int {
        let value = storage.load(ordering: .relaxed)
        tracer.record(actor: TraceContext.currentActor, .operation(resource, .read(value: Int64(value))))
        return value
    }

    func write(_ value: Int) {
        storage.store(value, ordering: .relaxed)
        tracer.record(actor: TraceContext.currentActor, .operation(resource, .write(value: Int64(value))))
    }
}
