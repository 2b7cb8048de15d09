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
        parameters: [wait, workers, tasks, taskSeconds, insideSeconds],
        results: [
            DemoResultSpec("submitted"),
            DemoResultSpec("started"),
            DemoResultSpec("finished"),
            DemoResultSpec("lost", values: .count),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let wait: DemoParameterKey<Bool> = .flag(
        "wait", default: false)
    static let workers: DemoParameterKey<Int> = .integer(
        "workers", 1...8, default: 2)
    static let tasks: DemoParameterKey<Int> = .integer(
        "tasks", 1...16, default: 6)
    static let taskSeconds: DemoParameterKey<Double> = .decimal(
        "task_s", 0.05...3, default: 0.5)
    static let insideSeconds: DemoParameterKey<Double> = .decimal(
        "inside_s", 0...5, default: 0.75)

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
            run.note(descriptor.text("note.inside", ["workers": "\(workers)"]))
            run.pause(1.2)
            let results = try (0..<tasks).map { try pool.applyAsync($0) }
            run.note(
                descriptor.text(
                    "note.sent", ["tasks": "\(tasks)", "seconds": "\(DemoValue.decimal(insideSeconds))"]))
            // The parent's own work is part of what the demo measures, so the pace does not scale it.
            Time.sleep(min(insideSeconds, run.remaining), tracer: .disabled)
            if waits {
                run.note(descriptor.text("note.close-join"))
                pool.close()
                if try !pool.join(timeout: min(waitBudget, run.remaining)) {
                    run.stopEarly(because: descriptor.text("stop.join"))
                }
            } else {
                run.note(descriptor.text("note.leaves"))
            }
            return results.count
        }
        run.note(descriptor.text("note.after"))
        run.pause(1.2)
        let startedCount = started.toArray().reduce(0) { $0 + Int($1) }
        let finishedCount = finished.toArray().reduce(0) { $0 + Int($1) }
        run.report("submitted", submitted)
        run.report("started", startedCount)
        run.report("finished", finishedCount)
        run.report("lost", submitted - finishedCount)
    }
}
