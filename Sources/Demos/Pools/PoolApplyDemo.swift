import Multiprocessing
import Threading

/// Lesson 07: `pool.apply(f, (i,))` against `pool.apply_async(f, (i,))`. `apply` hands the call
/// to a worker and blocks until its result is back, so the tasks run one after another however
/// many workers the pool has; `apply_async` returns at once, the parent goes on with its own work,
/// and the tasks overlap across the workers.
public enum PoolApplyDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "pool-apply",
        parameters: [mode, workers, tasks, taskSeconds],
        results: [
            DemoResultSpec("tasks"),
            DemoResultSpec("elapsed_s"),
            DemoResultSpec("parent_waited_s"),
            DemoResultSpec("parent_ticks"),
            DemoResultSpec("max_parallel"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let mode: DemoParameterKey<Mode> = .choice(
        "mode", default: .apply)
    static let workers: DemoParameterKey<Int> = .integer(
        "workers", 1...8, default: 3)
    static let tasks: DemoParameterKey<Int> = .integer(
        "tasks", 1...12, default: 6)
    static let taskSeconds: DemoParameterKey<Double> = .decimal(
        "task_s", 0.05...3, default: 0.5)

    /// The words of `mode`.
    enum Mode: String, DemoChoice {
        case apply
        case async
    }

    /// How long one step of the parent's own work takes in `async` mode.
    static let tickSeconds = 0.1
    /// Ticks the parent narrates before it goes on quietly.
    static let narratedTicks = 3

    public static func run(_ run: DemoRun) throws {
        let asynchronous = run[Self.mode] == .async
        let workers = run[Self.workers]
        let tasks = run[Self.tasks]
        let taskSeconds = run[Self.taskSeconds]
        // Each call writes when it started and ended (seconds since the demo began) into its own
        // two slots, so no lock is needed and the parent can tell afterwards how many overlapped.
        let spans = try SharedArray<Double>(repeating: -1, count: tasks * 2, lock: false, tracer: .disabled)
        let pool = try ProcessPool<Int, Int>(processes: workers, name: "pool") { task in
            spans[task * 2] = run.elapsed
            // Capped by the time limit, because apply() itself waits without one.
            let left = run.remaining
            if left > 0 { Time.sleep(min(taskSeconds, left)) }
            spans[task * 2 + 1] = run.elapsed
            return task * task
        }
        run.note(
            descriptor.text(
                "note.pool", ["workers": "\(workers)", "seconds": "\(DemoValue.decimal(taskSeconds))"]))
        run.pause(1)

        let started = run.elapsed
        let collected =
            asynchronous
            ? try applyAsync(tasks: tasks, on: pool, run) : try apply(tasks: tasks, on: pool, run)
        let elapsed = run.elapsed - started

        run.note(descriptor.text("note.close-join"))
        run.pause(1)
        pool.close()
        if try !pool.join(timeout: max(1, run.remaining) + taskSeconds + 1) {
            run.stopEarly(because: descriptor.text("stop.workers-late"))
            pool.terminate()
        }
        if collected.results < tasks {
            run.stopEarly(
                because: descriptor.text("stop.calls", ["done": "\(collected.results)", "all": "\(tasks)"]))
        }
        run.report("tasks", collected.results)
        run.report("elapsed_s", rounded(elapsed))
        run.report("parent_waited_s", rounded(collected.waited))
        run.report("parent_ticks", collected.ticks)
        run.report("max_parallel", mostAtOnce(spans.toArray()))
    }

    /// What the parent saw while it submitted and collected.
    struct Collected {
        var results = 0
        var waited = 0.0
        var ticks = 0
    }

    /// `for i in range(tasks): pool.apply(f, (i,))`: the parent gets control back only with
    /// each result, so the next call cannot start before the previous one ended.
    private static func apply(tasks: Int, on pool: ProcessPool<Int, Int>, _ run: DemoRun) throws -> Collected
    {
        var collected = Collected()
        for task in 0..<tasks {
            if run.stopIfOverTime() { break }
            let before = run.elapsed
            let output = try pool.apply(task)
            collected.waited += run.elapsed - before
            collected.results += 1
            run.note(
                descriptor.text(
                    "note.apply-returned",
                    [
                        "task": "\(task)", "output": "\(output)",
                        "seconds": "\(DemoValue.decimal(rounded(run.elapsed - before)))",
                    ]))
        }
        return collected
    }

    /// `results = [pool.apply_async(f, (i,)) for i in range(tasks)]`, then the parent's own work
    /// while the workers run, then `r.get(timeout)` for each, which by then no longer waits.
    private static func applyAsync(tasks: Int, on pool: ProcessPool<Int, Int>, _ run: DemoRun) throws
        -> Collected
    {
        var collected = Collected()
        let before = run.elapsed
        let pending = try (0..<tasks).map { try pool.applyAsync($0) }
        collected.waited += run.elapsed - before
        run.note(descriptor.text("note.async-returned", ["tasks": "\(tasks)"]))
        while let first = pending.firstIndex(where: { !$0.ready() }) {
            if run.stopIfOverTime() { break }
            collected.ticks += 1
            if collected.ticks <= narratedTicks {
                run.note(
                    descriptor.text("note.tick", ["tick": "\(collected.ticks)", "index": "\(first)"]))
            }
            Time.sleep(tickSeconds, tracer: .disabled)
        }
        run.note(descriptor.text("note.ticks-done", ["ticks": "\(collected.ticks)"]))
        for (task, result) in pending.enumerated() {
            let waitedFrom = run.elapsed
            let left = run.remaining
            let output: Int
            do {
                // The workers cap their work at the time limit, so this only guards against a stall.
                output = try result.get(timeout: left + 1)
            } catch is TimeoutError {
                break
            }
            collected.waited += run.elapsed - waitedFrom
            collected.results += 1
            if task < narratedTicks {
                run.note(descriptor.text("note.get-returned", ["index": "\(task)", "output": "\(output)"]))
            }
        }
        return collected
    }

    /// The largest number of spans that contain one moment; a span that ends exactly when
    /// another starts does not overlap it. Spans never started (`-1`) are left out.
    static func mostAtOnce(_ times: [Double]) -> Int {
        var edges: [(time: Double, change: Int)] = []
        for index in stride(from: 0, to: times.count - 1, by: 2)
        where times[index] >= 0 && times[index + 1] >= 0 {
            edges.append((times[index], 1))
            edges.append((times[index + 1], -1))
        }
        edges.sort { $0.time < $1.time || ($0.time == $1.time && $0.change < $1.change) }
        var running = 0
        var most = 0
        for edge in edges {
            running += edge.change
            most = max(most, running)
        }
        return most
    }

    /// Seconds to the hundredth, as the results show them.
    static func rounded(_ seconds: Double) -> Double {
        (seconds * 100).rounded() / 100
    }
}
