import Primitives

/// Lesson 06: the lost update. Workers add 1 to a `Value` in shared memory with `v.value += 1`;
/// without a lock around the whole update, two read the same number and one addition vanishes.
public enum SharedCounterDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "shared-counter",
        summary: "processes add 1 to a shared Value, with or without a lock around `+= 1`",
        parameters: [
            DemoParameterSpec("workers", .integer(1...8, default: 2), "processes incrementing the counter"),
            DemoParameterSpec("increments", .integer(1...1_000_000, default: 10_000), "additions each process makes"),
            DemoParameterSpec("lock", .flag(default: false), "hold an mp.Lock() around each `v.value += 1`"),
        ],
        results: [
            DemoResultSpec("expected", "workers × increments, what the counter should end at"),
            DemoResultSpec("actual", "what the counter ended at"),
            DemoResultSpec("lost", "expected − actual: additions overwritten by another process"),
        ])

    /// Rounds each worker shows slowly and traced before the rest run at full speed.
    static let watchedRounds = 4

    public static func run(_ run: DemoRun) throws {
        let workers = run.arguments.integer("workers")
        let increments = run.arguments.integer("increments")
        let locked = run.arguments.flag("lock")
        let counter = try SharedValue<Int64>(0, name: "v", tracer: run.detailTracer)
        let lock = try ProcessLock(name: "l", tracer: run.detailTracer)
        // Each worker's count of additions made, so a run cut short by its time limit does not
        // count unfinished work as lost.
        let made = try SharedArray<Int64>(repeating: 0, count: workers, lock: false, tracer: .disabled)
        run.note(locked
            ? "each worker runs `with l: v.value += 1`, \(increments) times"
            : "each worker runs `v.value += 1`, \(increments) times, with no lock around it")
        run.note("the first \(watchedRounds) additions of each worker pause between the read and the write, to be seen")
        let processes = (1...workers).map { number in
            Process(name: "worker-\(number)") {
                for round in 0..<increments {
                    if round == watchedRounds {
                        run.detail?.close()
                        run.note("the other \(increments - watchedRounds) additions run at full speed, not traced")
                    }
                    if round < watchedRounds {
                        // Slowed down to be seen: a pause between the read and the write, where
                        // the other worker can (without the lock) read the same value.
                        let update = {
                            let seen = counter.value
                            run.pause(0.55)
                            counter.value = seen + 1
                        }
                        if locked { lock.withLock(update) } else { update() }
                        run.pause(0.25)
                    } else if locked {
                        lock.withLock { counter.value += 1 }
                    } else {
                        counter.value += 1
                    }
                    made[number - 1] = Int64(round + 1)
                    if round % 1024 == 0, run.isOverTime { break }
                }
            }
        }
        for process in processes { try process.start() }
        for process in processes { try process.join(timeout: run.timeLimit + 1) }
        let expected = made.toArray().reduce(0, +)
        let actual = counter.value
        if expected < Int64(workers * increments) {
            run.stopEarly(because: "the time limit was reached after \(expected) of \(workers * increments) additions")
        }
        run.report("expected", expected)
        run.report("actual", actual)
        run.report("lost", expected - actual)
    }
}
