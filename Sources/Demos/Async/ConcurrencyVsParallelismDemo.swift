import GILSimulation
import Multiprocessing
import Synchronization
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lesson 09: concurrency is two queues at one machine, parallelism two queues at two machines.
/// Two CPU-bound threads (Swift has no GIL) each need the same amount of CPU time; pinned to one
/// CPU they take turns and both finish late, pinned to two CPUs they run at once.
public enum ConcurrencyVsParallelismDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "concurrency-vs-parallelism",
        parameters: [work],
        results: [
            DemoResultSpec("one_cpu_s"),
            DemoResultSpec("two_cpus_s"),
            DemoResultSpec("speedup"),
            DemoResultSpec("cpus_available"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let work: DemoParameterKey<Double> = .decimal(
        "work", 0.05...10, default: 1)

    public static func run(_ run: DemoRun) throws {
        let work = run[Self.work]
        let cpus = CPUAffinity.availableCPUs
        run.note(
            descriptor.text("note.setup", ["work": "\(DemoValue.decimal(work))", "cpus": "\(cpus.count)"]))
        let first = cpus.first ?? 0
        let canPin = pinningWorks(on: first)
        if !canPin {
            run.note(descriptor.text("note.cannot-pin"))
        }

        // Whole sentences for each case: "pinned to" and "meant for" are not words to splice.
        let how = canPin ? "pinned" : "placed"
        run.note(descriptor.text("note.concurrency-\(how)", ["cpu": "\(first)"]))
        guard let oneCPU = try race(run, work: work, placements: [[first], [first]], pin: canPin) else {
            return
        }
        run.note(descriptor.text("note.took-turns", ["seconds": "\(seconds(oneCPU))"]))
        run.pause(1.5)

        let placements: [[Int]]
        if cpus.count >= 2 {
            placements = [[first], [cpus[1]]]
            run.note(
                descriptor.text("note.parallelism-\(how)", ["first": "\(first)", "second": "\(cpus[1])"]))
        } else {
            placements = [[first], [first]]
            run.note(descriptor.text("note.parallelism-one-cpu", ["cpu": "\(first)"]))
        }
        guard let twoCPUs = try race(run, work: work, placements: placements, pin: canPin) else { return }
        run.note(descriptor.text("note.both-done", ["seconds": "\(seconds(twoCPUs))"]))

        run.report("one_cpu_s", seconds(oneCPU))
        run.report("two_cpus_s", seconds(twoCPUs))
        run.report("speedup", (oneCPU / twoCPUs * 100).rounded() / 100)
        run.report("cpus_available", cpus.count)
    }

    /// Seconds rounded to milliseconds, as reported.
    private static func seconds(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }

    /// Whether this platform lets a thread be pinned, tried on a throwaway thread.
    private static func pinningWorks(on cpu: Int) -> Bool {
        (try? CPUAffinity.runPinned(cpus: [cpu], name: "probe") { true }) ?? false
    }

    /// Runs one worker per placement at once and returns the seconds until all finished, or nil
    /// when the time limit stopped them first.
    private static func race(_ run: DemoRun, work: Double, placements: [[Int]], pin: Bool) throws -> Double? {
        let deadline = MonotonicClock.now() &+ UInt64(run.remaining * 1e9)
        let workers = placements.enumerated().map { index, cpus in
            Thread(name: "worker-\(index + 1)") {
                if pin { try CPUAffinity.pinCurrentThread(to: cpus) }
                try compute(seconds: work, until: deadline, name: "worker-\(index + 1)")
            }
        }
        let start = MonotonicClock.now()
        for worker in workers { try worker.start() }
        for worker in workers { try worker.join(timeout: run.remaining(plus: 5)) }
        let elapsed = Double(MonotonicClock.now() &- start) / 1e9
        let errors = workers.compactMap(\.error)
        if let failed = errors.first(where: { !($0 is OutOfTime) }) { throw failed }
        guard errors.isEmpty, !workers.contains(where: \.isAlive) else {
            run.stopEarly(because: descriptor.text("stop.workers"))
            return nil
        }
        return elapsed
    }

    /// Computes until this thread has used `seconds` of CPU time, narrating each quarter with the
    /// CPU it is on; throws ``OutOfTime`` if `deadline` comes first.
    private static func compute(seconds: Double, until deadline: UInt64, name: String) throws {
        let need = UInt64(seconds * 1e9)
        let cpuStart = threadCPUTime()
        let wallStart = MonotonicClock.now()
        var state: UInt64 = 1
        var quarter: UInt64 = 1
        while quarter <= 4 {
            for _ in 0..<20_000 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            }
            let used = threadCPUTime() &- cpuStart
            guard used < need * quarter / 4 else {
                let wall = MonotonicClock.now() &- wallStart
                let percent = "\(quarter * 25)"
                let (usedText, wallText) = (
                    DurationText.format(nanoseconds: used), DurationText.format(nanoseconds: wall)
                )
                if let cpu = CPUAffinity.currentCPU {
                    note(
                        descriptor.text(
                            "note.progress-on-cpu",
                            [
                                "worker": name, "percent": percent, "cpu": "\(cpu)", "used": usedText,
                                "wall": wallText,
                            ]))
                } else {
                    note(
                        descriptor.text(
                            "note.progress",
                            ["worker": name, "percent": percent, "used": usedText, "wall": wallText]))
                }
                quarter += 1
                continue
            }
            if MonotonicClock.now() >= deadline { throw OutOfTime() }
        }
        // The arithmetic only has to keep the CPU busy; its result is kept so it cannot be skipped.
        lastState.store(state, ordering: .relaxed)
    }

    /// A worker stopped by the demo's time limit before its work was done.
    private struct OutOfTime: Error {}

    /// Where the workers leave their final arithmetic state.
    private static let lastState = Atomic<UInt64>(0)

    /// CPU time the calling thread has used, in nanoseconds.
    private static func threadCPUTime() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    private static func note(_ text: String) {
        TraceContext.tracer.record(actor: TraceContext.currentActor, .note(text))
    }
}
