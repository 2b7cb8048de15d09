import GILSimulation
import Trace

/// Lesson 15: the GIL. The same CPU-bound and I/O-bound tasks, timed twice in a row on one
/// thread, at once on two threads with the GIL on and off, and on two processes. With the GIL
/// on, CPU-bound threads take turns (no speedup) while I/O-bound ones overlap their waits;
/// without it, or with processes, CPU-bound work runs on both cores. With `cpython=on` the same
/// experiment runs in real CPython (`Benchmarks/python/gil_experiment.py`) and its numbers are shown
/// beside these.
public enum GILDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "gil",
        parameters: [cpuTaskSeconds, ioTaskSeconds, switchIntervalMilliseconds, cpython],
        results: [
            DemoResultSpec("cpu_1_thread_s"),
            DemoResultSpec("cpu_2_threads_gil_s"),
            DemoResultSpec("cpu_2_threads_nogil_s"),
            DemoResultSpec("cpu_2_processes_s"),
            DemoResultSpec("io_1_thread_s"),
            DemoResultSpec("io_2_threads_gil_s"),
            DemoResultSpec("speedup_cpu_gil"),
            DemoResultSpec("speedup_cpu_nogil"),
            DemoResultSpec("speedup_cpu_processes"),
            DemoResultSpec("speedup_io_gil"),
            DemoResultSpec("parallelism_cpu_gil"),
            DemoResultSpec("parallelism_cpu_nogil"),
            DemoResultSpec("cpus_available"),
            DemoResultSpec("cpus_free"),
            DemoResultSpec("gil_switches"),
            DemoResultSpec("cpython"),
            DemoResultSpec("cpython_speedup_cpu"),
            DemoResultSpec("cpython_speedup_io"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let cpuTaskSeconds: DemoParameterKey<Double> = .decimal(
        "cpu_task_s", 0.02...5, default: 0.5)
    static let ioTaskSeconds: DemoParameterKey<Double> = .decimal(
        "io_task_s", 0.02...5, default: 0.5)
    static let switchIntervalMilliseconds: DemoParameterKey<Double> = .decimal(
        "switch_interval_ms", 0.1...100, default: 5)
    static let cpython: DemoParameterKey<Bool> = .flag(
        "cpython", default: false)

    public static func run(_ run: DemoRun) throws {
        let interval = run[Self.switchIntervalMilliseconds] / 1_000
        let deadline = MonotonicClock.now() &+ UInt64(run.remaining * 1e9)
        let workload = GILWorkload(
            cpuSeconds: run[Self.cpuTaskSeconds], ioSeconds: run[Self.ioTaskSeconds],
            deadline: deadline)
        let joinTimeout = run.remaining(plus: 5)
        var switches: Int?
        run.note(descriptor.text("note.tasks"))

        // Processes first: once a thread has started, this process can no longer fork.
        run.note(descriptor.text("note.processes"))
        let processSeconds = try GILTimings.processes(["process-1", "process-2"], joinTimeout: joinTimeout) {
            process in
            let gil = GIL(switchInterval: interval, name: "in \(process)", tracer: run.detailTracer)
            return workload.cpuTask(gil: gil)
        }
        run.pause(0.4)

        if !run.stopIfOverTime() {
            try watchTurns(run, workload: workload, interval: interval, joinTimeout: joinTimeout)
        }
        run.detail?.close()
        run.note(descriptor.text("note.untraced", ["milliseconds": milliseconds(interval)]))

        let gil = { (enabled: Bool) in
            GIL(switchInterval: interval, enabled: enabled, tracer: run.detailTracer)
        }
        typealias Step = (name: String, what: String, repeated: Bool, run: () throws -> Double?)
        let steps: [Step] = [
            (
                "cpu_1_thread_s", descriptor.text("note.step.cpu-1-thread"), true,
                {
                    let lone = gil(true)
                    return GILTimings.sequential(2) { workload.cpuTask(gil: lone) }
                }
            ),
            (
                "cpu_2_threads_gil_s", descriptor.text("note.step.cpu-2-threads-gil"), true,
                {
                    let shared = gil(true)
                    let seconds = try GILTimings.threads(["cpu-1", "cpu-2"], joinTimeout: joinTimeout) {
                        workload.cpuTask(gil: shared)
                    }
                    switches = shared.statistics.switches
                    return seconds
                }
            ),
            (
                "cpu_2_threads_nogil_s", descriptor.text("note.step.cpu-2-threads-nogil"), true,
                {
                    let none = gil(false)
                    return try GILTimings.threads(["nogil-1", "nogil-2"], joinTimeout: joinTimeout) {
                        workload.cpuTask(gil: none)
                    }
                }
            ),
            (
                "io_1_thread_s", descriptor.text("note.step.io-1-thread"), false,
                {
                    let lone = gil(true)
                    return GILTimings.sequential(2) { workload.ioTask(gil: lone) }
                }
            ),
            (
                "io_2_threads_gil_s", descriptor.text("note.step.io-2-threads-gil"), false,
                {
                    let shared = gil(true)
                    return try GILTimings.threads(["io-1", "io-2"], joinTimeout: joinTimeout) {
                        workload.ioTask(gil: shared)
                    }
                }
            ),
        ]
        var runs = GILTimedRuns()
        if let processSeconds { runs.record("cpu_2_processes_s", seconds: processSeconds) }
        run.note(descriptor.text("note.repeats", ["repeats": "\(GILTimedRuns.repeats)"]))
        var shares: [String: [CPUShare]] = [:]
        timing: for round in 1...GILTimedRuns.repeats {
            for step in steps where step.repeated || round == 1 {
                if run.stopIfOverTime() { break timing }
                if round == 1 { run.note(step.what) }
                let (taken, share) = try CPUShare.measure(step.run)
                guard taken != nil else {
                    _ = run.stopIfOverTime()
                    break timing
                }
                shares[step.name, default: []].append(share)
                run.note(
                    descriptor.text(
                        "note.step-timed",
                        [
                            "result": step.name, "seconds": "\(rounded(share.wallSeconds, places: 3))",
                            "parallelism": "\(rounded(share.parallelism, places: 2))",
                        ]))
            }
            run.pause(0.3)
        }
        for step in steps {
            guard let taken = shares[step.name], taken.count == (step.repeated ? GILTimedRuns.repeats : 1)
            else { continue }
            runs.record(step.name, taken)
        }
        if let switches {
            run.note(descriptor.text("note.switches", ["switches": "\(switches)"]))
        }
        var results = runs.results()
        results["gil_switches"] = switches.map(String.init)
        let cpython =
            run[Self.cpython] && !run.isOverTime
            ? runCPython(run, simulated: results)
            : (status: run[Self.cpython] ? "timeout" : "off", cpu: "n/a", io: "n/a")
        results["cpython"] = cpython.status
        results["cpython_speedup_cpu"] = cpython.cpu
        results["cpython_speedup_io"] = cpython.io
        for spec in descriptor.results {
            run.report(spec.name, results[spec.name] ?? "skipped")
        }
    }

    /// Two CPU-bound threads share one GIL, traced, with the switch interval stretched at
    /// watching speeds so that each turn is long enough to see on the stage.
    private static func watchTurns(
        _ run: DemoRun, workload: GILWorkload, interval: Double, joinTimeout: Double
    ) throws {
        let stretched = run.isFullSpeed ? interval : max(interval, 0.3 / run.speed)
        let gil = GIL(switchInterval: stretched, name: "GIL", tracer: run.detailTracer)
        if stretched > interval {
            run.note(
                descriptor.text(
                    "note.watch-stretched",
                    ["stretched": milliseconds(stretched), "interval": milliseconds(interval)]))
        } else {
            run.note(descriptor.text("note.watch"))
        }
        // About four turns each, whatever the interval.
        let iterations = max(1, Int(workload.iterationsPerSecond * stretched * 4))
        _ = try GILTimings.threads(["thread-1", "thread-2"], joinTimeout: joinTimeout) {
            workload.cpuTask(gil: gil, iterations: iterations)
        }
        let statistics = gil.statistics
        let waited = statistics.threads.map(\.waitingSeconds).reduce(0, +)
        run.note(
            descriptor.text(
                "note.watched",
                ["switches": "\(statistics.switches)", "seconds": "\(rounded(waited, places: 2))"]))
    }

    /// Runs the experiment in real CPython after showing its source; the status and speedups.
    private static func runCPython(
        _ run: DemoRun, simulated: [String: String]
    ) -> (status: String, cpu: String, io: String) {
        run.noteScript(GILExperimentScript.fileName, GILExperimentScript.source)
        let arguments = [run[Self.cpuTaskSeconds], run[Self.ioTaskSeconds]].map { "\($0)" }
        run.note(
            descriptor.text(
                "note.running-python",
                ["file": GILExperimentScript.fileName, "arguments": arguments.joined(separator: " ")]))
        let timeout = min(120, max(1, run.remaining))
        switch CPythonRun.run(source: GILExperimentScript.source, arguments: arguments, timeout: timeout) {
        case .missing:
            run.note(descriptor.text("note.python-missing"))
            return ("missing", "n/a", "n/a")
        case .timedOut:
            run.note(descriptor.text("note.python-timeout", ["seconds": "\(rounded(timeout, places: 1))"]))
            return ("timeout", "n/a", "n/a")
        case .failed(let reason):
            run.note(descriptor.text("note.python-failed", ["reason": reason]))
            return ("failed", "n/a", "n/a")
        case .finished(let values, _):
            let mode = values["gil"] == "off" ? "nogil" : "gil"
            guard let cpu = values["speedup_cpu_\(mode)"], let io = values["speedup_io_\(mode)"] else {
                run.note(descriptor.text("note.python-no-speedups"))
                return ("failed", "n/a", "n/a")
            }
            run.note(
                descriptor.text(
                    "note.python-header",
                    [
                        "version": values["python_version"] ?? "?", "gil": values["gil"] ?? "?",
                        "interval": values["switch_interval_s"] ?? "?",
                    ]))
            run.note(
                descriptor.text(
                    "note.python-parallelism",
                    [
                        "cpython": values["parallelism_cpu_\(mode)"] ?? "?",
                        "spindle": simulated["parallelism_cpu_gil"] ?? "?",
                    ]))
            // One message per row, its label padded in the message, so each language aligns its own.
            for (row, name) in [
                ("cpu-1-thread", "cpu_1_thread_s"), ("cpu-2-threads", "cpu_2_threads_\(mode)_s"),
                ("cpu-2-processes", "cpu_2_processes_s"), ("io-1-thread", "io_1_thread_s"),
                ("io-2-threads", "io_2_threads_\(mode)_s"),
            ] {
                run.note(
                    descriptor.text(
                        "note.python-row.\(row)",
                        ["cpython": values[name] ?? "?", "spindle": simulated[name] ?? "?"]))
            }
            return ("ran", cpu, io)
        }
    }

    private static func milliseconds(_ seconds: Double) -> String {
        DemoValue.decimal(rounded(seconds * 1_000, places: 1)).description
    }

    /// `value` rounded to `places` decimals, as the results show it.
    static func rounded(_ value: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
