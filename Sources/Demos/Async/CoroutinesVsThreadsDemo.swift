import EventLoop
import Multiprocessing

/// Lesson 09: what a coroutine costs next to a thread. Thousands of coroutines wait on one
/// event-loop thread; a few hundred OS threads each need a stack and a kernel task. Both are
/// started, left waiting on one signal, measured, then released and joined.
public enum CoroutinesVsThreadsDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "coroutines-vs-threads",
        parameters: [tasks, threads],
        results: [
            DemoResultSpec("tasks"),
            DemoResultSpec("coroutine_us_per_task"),
            DemoResultSpec("threads"),
            DemoResultSpec("thread_us_per_task"),
            DemoResultSpec("coroutine_bytes_per_task"),
            DemoResultSpec("thread_bytes_per_task"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let tasks: DemoParameterKey<Int> = .integer(
        "tasks", 1...ConcurrencyComparison.maxTasks, default: 10_000)
    static let threads: DemoParameterKey<Int> = .integer(
        "threads", 1...ConcurrencyComparison.maxThreads, default: 256)

    public static func run(_ run: DemoRun) throws {
        let taskCount = run[Self.tasks]
        let threadCount = run[Self.threads]

        run.note(descriptor.text("note.coroutines", ["tasks": "\(taskCount)"]))
        run.pause(1.5)
        let reactor = try Reactor()
        let coroutines: ConcurrencyComparison.Measurement
        do {
            coroutines = try reactor.run(timeout: max(0.5, run.remaining)) {
                try await ConcurrencyComparison.startTasks(count: taskCount)
            }
        } catch is ReactorTimeoutError {
            run.stopEarly(because: descriptor.text("stop.coroutines-starting"))
            return
        }
        run.note(
            descriptor.text(
                "note.coroutines-waited",
                ["tasks": "\(taskCount)", "milliseconds": "\(milliseconds(coroutines.creationSeconds))"]))
        run.pause(1.5)
        if run.stopIfOverTime() { return }

        run.note(descriptor.text("note.threads", ["threads": "\(threadCount)"]))
        run.pause(1.5)
        let threads = try ConcurrencyComparison.startThreads(count: threadCount)
        run.note(
            descriptor.text(
                "note.threads-waited",
                ["threads": "\(threadCount)", "milliseconds": "\(milliseconds(threads.creationSeconds))"]))
        if taskCount > threadCount, let growth = threads.residentGrowthBytes, growth > 0 {
            let megabytes = (Double(growth) / Double(threadCount) * Double(taskCount) / 1e5).rounded() / 10
            run.note(
                descriptor.text(
                    "note.threads-memory", ["tasks": "\(taskCount)", "megabytes": "\(megabytes)"]))
        }
        run.pause(1.5)

        run.report("tasks", taskCount)
        run.report("coroutine_us_per_task", microseconds(coroutines.secondsEach))
        run.report("threads", threadCount)
        run.report("thread_us_per_task", microseconds(threads.secondsEach))
        report(run, "coroutine_bytes_per_task", coroutines)
        report(run, "thread_bytes_per_task", threads)
    }

    /// Reports memory growth per waiter, or says why there is none to report.
    private static func report(
        _ run: DemoRun, _ name: String, _ measurement: ConcurrencyComparison.Measurement
    ) {
        guard let growth = measurement.residentGrowthBytes else {
            run.note(descriptor.text("note.memory-unreadable"))
            run.report(name, "unknown")
            return
        }
        if growth <= 0 {
            run.note(descriptor.text("note.memory-reused", ["result": name]))
        }
        run.report(name, growth / measurement.count)
    }

    private static func microseconds(_ seconds: Double) -> Double {
        (seconds * 1e7).rounded() / 10
    }

    private static func milliseconds(_ seconds: Double) -> Double {
        (seconds * 1e4).rounded() / 10
    }
}
