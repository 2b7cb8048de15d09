import Multiprocessing
import Threading

/// Lesson 07, myth check: `with Pool(4) as pool:` does not wait for the work sent to it.
/// Leaving the block calls `pool.terminate()`, not `close()` and `join()`, so calls still queued
/// or running are lost: only what finished during the parent's own work inside the block
/// (`inside_s`) survives. With `wait=on` the block ends with `pool.close(); pool.join()` and every
/// call finishes.
public enum PoolWithTerminateDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "pool-with-terminate",
        summary: "leaving `with Pool() as pool:` terminates the pool: calls not finished are lost",
        parameters: [wait, workers, tasks, taskSeconds, insideSeconds],
        results: [
            DemoResultSpec("submitted", "calls sent with apply_async inside the with block"),
            DemoResultSpec(
                "started", "calls a worker began, as the calls themselves recorded in shared memory"),
            DemoResultSpec("finished", "calls that ran to their end, as they recorded in shared memory"),
            DemoResultSpec(
                "lost", "submitted − finished: work thrown away when the block ended", values: .count),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let wait: DemoParameterKey<Bool> = .flag(
        "wait", default: false,
        "end the with block with pool.close(); pool.join()")
    static let workers: DemoParameterKey<Int> = .integer(
        "workers", 1...8, default: 2,
        "processes in the pool: Pool(workers)")
    static let tasks: DemoParameterKey<Int> = .integer(
        "tasks", 1...16, default: 6,
        "calls sent with apply_async")
    static let taskSeconds: DemoParameterKey<Double> = .decimal(
        "task_s", 0.05...3, default: 0.5,
        "seconds each call works (a real time.sleep in the worker, not scaled by speed)")
    static let insideSeconds: DemoParameterKey<Double> = .decimal(
        "inside_s", 0...5, default: 0.75,
        "seconds the parent works inside the block after submitting (a real sleep, not scaled by speed)")

    public static func run(_ run: DemoRun) throws {
        let waits = run[Self.wait]
        let workers = run[Self.workers]
        let tasks = run[Self.tasks]
        let taskSeconds = run[Self.taskSeconds]
        let insideSeconds = run[Self.insideSeconds]
        // One slot per call and per stage, each written only by the call itself: a worker killed
        // by terminate() cannot leave a lock held, and no two calls write the same slot.
        let started = try SharedArray<UInt8>(repeating: 0, count: tasks, lock: false, name: "started")
        let finished = try SharedArray<UInt8>(repeating: 0, count: tasks, lock: false, name: "finished")
        let waitBudget = Double(tasks) * taskSeconds / Double(workers) + taskSeconds + 1

        let submitted = try withProcessPool(
            processes: workers, name: "pool",
            function: { (task: Int) -> Int in
                started[task] = 1
                Time.sleep(taskSeconds)
                finished[task] = 1
                return task
            }
        ) { pool in
            run.note("parent: inside `with Pool(\(workers)) as pool:`, \(workers) workers wait for calls")
            run.pause(1.2)
            let results = try (0..<tasks).map { try pool.applyAsync($0) }
            run.note(
                "parent: \(tasks) calls sent with pool.apply_async(f, (i,)); its own work takes \(DemoValue.decimal(insideSeconds)) s"
            )
            // The parent's own work is part of what the demo measures, so the pace does not scale it.
            Time.sleep(min(insideSeconds, run.remaining), tracer: .disabled)
            if waits {
                run.note("parent: pool.close(); pool.join() before the block ends")
                pool.close()
                if try !pool.join(timeout: min(waitBudget, run.remaining)) {
                    run.stopEarly(because: "the time limit was reached while join() waited for the workers")
                }
            } else {
                run.note("parent: leaves the with block without waiting: __exit__ calls pool.terminate()")
            }
            return results.count
        }
        run.note("parent: after the with block; the workers are gone")
        run.pause(1.2)
        let startedCount = started.toArray().reduce(0) { $0 + Int($1) }
        let finishedCount = finished.toArray().reduce(0) { $0 + Int($1) }
        run.report("submitted", submitted)
        run.report("started", startedCount)
        run.report("finished", finishedCount)
        run.report("lost", submitted - finishedCount)
    }
}
