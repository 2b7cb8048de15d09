import Messages
import Multiprocessing
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lesson 08: processes are heavy, threads are light and share their process's memory.
/// The demo starts N processes, then N threads (fork refuses once a process has threads, so the
/// processes come first); each unit adds 1 to an ordinary counter of the parent's. It measures
/// how long each kind takes to begin running and the memory each one costs, and the parent reads
/// the counter after each round: the processes changed only their own copies.
public enum ThreadsVsProcessesDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "threads-vs-processes",
        parameters: [units],
        results: [
            DemoResultSpec("process_start_us"),
            DemoResultSpec("thread_start_us"),
            DemoResultSpec("process_memory_kib"),
            DemoResultSpec("thread_memory_kib"),
            DemoResultSpec("counter_after_processes"),
            DemoResultSpec("counter_after_threads"),
            DemoResultSpec("cpus_available"),
            DemoResultSpec("thread_cpus_used"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let units: DemoParameterKey<Int> = .integer(
        "units", 1...32, default: 6)

    /// What one round measured.
    struct Round {
        var startMicros: Double
        var memoryKiB: Double?
        /// The CPUs the units were seen running on; only threads are watched.
        var cpusSeen: Set<Int> = []
    }

    /// How long every thread works on its CPU once all have started.
    static let workSeconds = 0.05

    public static func run(_ run: DemoRun) throws {
        let units = run[Self.units]
        let counter = PlainCounter()
        run.note(descriptor.text("note.counter"))
        run.pause(1)
        let processes = try processRound(units: units, counter: counter, run: run)
        let afterProcesses = counter.value
        run.note(
            descriptor.text("note.after-processes", ["units": "\(units)", "counter": "\(afterProcesses)"]))
        run.pause(1)
        let threads = try threadRound(units: units, counter: counter, run: run)
        let afterThreads = counter.value
        run.note(descriptor.text("note.after-threads", ["units": "\(units)", "counter": "\(afterThreads)"]))
        run.report("process_start_us", micros(processes.startMicros))
        run.report("thread_start_us", micros(threads.startMicros))
        run.report("process_memory_kib", kibibytes(processes.memoryKiB))
        run.report("thread_memory_kib", kibibytes(threads.memoryKiB))
        run.report("counter_after_processes", afterProcesses)
        run.report("counter_after_threads", afterThreads)
        let available = CPUAffinity.availableCPUs.count
        run.report("cpus_available", available)
        if available < 2 {
            // On one CPU every thread runs there, whatever the kernel allows: the count would
            // teach the myth this result is meant to test.
            run.reportNotMeasured(
                "thread_cpus_used", because: Messages.text("demos.not-measured.one-cpu", in: .english))
        } else {
            run.report("thread_cpus_used", threads.cpusSeen.count)
        }
    }

    /// Starts `units` processes that each add 1 to their copy of `counter`, measure what they
    /// cost and wait until every one has, so all are alive together on the stage.
    private static func processRound(units: Int, counter: PlainCounter, run: DemoRun) throws -> Round {
        let began = try SharedArray<Int64>(repeating: 0, count: units, lock: false, tracer: .disabled)
        let memory = try SharedArray<Int64>(repeating: -1, count: units, lock: false, tracer: .disabled)
        let measured = try ProcessSemaphore(value: 0, tracer: .disabled)
        let allStarted = try ProcessEvent(name: "all-started")
        var calledAt: [UInt64] = []
        var children: [Process] = []
        run.note(descriptor.text("note.process-round", ["units": "\(units)"]))
        for index in 0..<units {
            // At least one unit of each kind runs, so even a run cut short measures something.
            if index > 0, run.stopIfOverTime() { break }
            let child = Process(name: "process-\(index + 1)") {
                began[index] = Int64(bitPattern: MonotonicClock.now())
                let seen = counter.increment()
                memory[index] = Int64(ProcFile.privateKiB() ?? -1)
                run.note(descriptor.text("note.process-counter", ["counter": "\(seen)"]))
                try measured.release()
                allStarted.wait(timeout: run.remaining(plus: 5))
            }
            calledAt.append(MonotonicClock.now())
            try child.start()
            children.append(child)
            run.pause(0.3)
        }
        let settled = children.indices.allSatisfy { _ in measured.acquire(timeout: unitTimeout) }
        run.pause(1)
        allStarted.set()
        for child in children { try child.join(timeout: run.remaining(plus: 5)) }
        guard settled else { throw DemoUnitError(kind: "process") }
        let delays = calledAt.indices.map { Double(UInt64(bitPattern: began[$0]) &- calledAt[$0]) / 1e3 }
        let sizes = memory.toArray().prefix(children.count)
        return Round(
            startMicros: mean(delays),
            memoryKiB: sizes.contains { $0 < 0 } ? nil : mean(sizes.map(Double.init)))
    }

    /// Starts `units` threads that each add 1 to the one `counter`, and measures how much the
    /// process's resident memory grows while all of them run.
    private static func threadRound(units: Int, counter: PlainCounter, run: DemoRun) throws -> Round {
        let pace = run.pace
        let began = try SharedArray<Int64>(repeating: 0, count: units, lock: false, tracer: .disabled)
        let measured = try Semaphore(value: 0, tracer: .disabled)
        let allStarted = Event(name: "all-started")
        let sightings = CPUSightings()
        let cpus = CPUAffinity.availableCPUs
        var calledAt: [UInt64] = []
        var threads: [Thread] = []
        run.note(descriptor.text("note.thread-round", ["units": "\(units)"]))
        let residentBefore = ProcFile.residentKiB()
        for index in 0..<units {
            if index > 0, run.stopIfOverTime() { break }
            let thread = Thread(name: "thread-\(index + 1)") {
                began[index] = Int64(bitPattern: MonotonicClock.now())
                let seen = counter.increment()
                pace.note(descriptor.text("note.thread-counter", ["counter": "\(seen)"]))
                try measured.release()
                allStarted.wait(timeout: pace.remaining(plus: 5))
                // A CPU of its own, round robin: a busy machine might otherwise leave every
                // thread on one CPU by chance, which would prove nothing either way.
                do {
                    if !cpus.isEmpty { try CPUAffinity.pinCurrentThread(to: [cpus[index % cpus.count]]) }
                } catch {
                    pace.note(descriptor.text("note.affinity-failed", ["error": "\(error)"]))
                }
                sightings.record(workingFor: workSeconds)
            }
            calledAt.append(MonotonicClock.now())
            try thread.start()
            threads.append(thread)
            run.pause(0.3)
        }
        let settled = threads.indices.allSatisfy { _ in measured.acquire(timeout: unitTimeout) }
        let residentAfter = ProcFile.residentKiB()
        run.pause(1)
        run.note(descriptor.text("note.own-cpu", ["seconds": "\(DemoValue.decimal(workSeconds))"]))
        allStarted.set()
        for thread in threads { try thread.join(timeout: pace.remaining(plus: 5)) }
        guard settled else { throw DemoUnitError(kind: "thread") }
        let delays = calledAt.indices.map { Double(UInt64(bitPattern: began[$0]) &- calledAt[$0]) / 1e3 }
        var growth: Double?
        if let residentBefore, let residentAfter {
            growth = Double(residentAfter - residentBefore) / Double(threads.count)
        }
        let seen = sightings.cpus
        run.note(
            descriptor.text(
                "note.cpus-seen",
                ["cpus": seen.sorted().map(String.init).joined(separator: ", "), "count": "\(cpus.count)"]))
        return Round(startMicros: mean(delays), memoryKiB: growth, cpusSeen: seen)
    }

    /// Seconds a started unit may take to report that it runs; far more than any needs.
    static let unitTimeout = 10.0

    static func mean(_ values: some Collection<Double>) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    static func micros(_ value: Double) -> String {
        String(Int(value.rounded()))
    }

    /// Whole KiB, or `unknown` where the system does not say (no `/proc`).
    static func kibibytes(_ value: Double?) -> String {
        value.map { String(Int($0.rounded())) } ?? "unknown"
    }
}

/// Python's `counter = 0` at module level: ordinary memory of one process. Threads share it, so
/// they take a lock around `counter += 1`; a forked child gets a copy of it, lock and all.
private final class PlainCounter: @unchecked Sendable {
    private let lock = Lock(tracer: .disabled)
    // Guarded by `lock`.
    private var count = 0

    /// `with lock: counter += 1`, returning the new value.
    func increment() -> Int {
        lock.withLock {
            count += 1
            return count
        }
    }

    /// The value this process sees.
    var value: Int {
        lock.withLock { count }
    }
}

/// The CPUs threads were seen running on (what `ps -L -o tid,psr` shows for each thread).
private final class CPUSightings: Sendable {
    private let seen = PthreadLocked<Set<Int>>([])

    /// Keeps the calling thread busy for `seconds`, noting every CPU it finds itself on.
    func record(workingFor seconds: Double) {
        var mine: Set<Int> = []
        let until = MonotonicClock.now() &+ UInt64(seconds * 1e9)
        while MonotonicClock.now() < until {
            if let cpu = CPUAffinity.currentCPU { mine.insert(cpu) }
        }
        seen.withLock { $0.formUnion(mine) }
    }

    var cpus: Set<Int> {
        seen.withLock { $0 }
    }
}

/// A process or thread the demo started did not say it was running in time.
private struct DemoUnitError: Error, CustomStringConvertible {
    let kind: String

    var description: String {
        ThreadsVsProcessesDemo.descriptor.text(
            "error.\(kind)-late", ["seconds": "\(ThreadsVsProcessesDemo.unitTimeout)"])
    }
}

/// Memory figures the Linux kernel publishes about the calling process.
private enum ProcFile {
    /// The resident set size (`VmRSS` in `/proc/self/status`), in KiB.
    static func residentKiB() -> Int? {
        field("VmRSS", in: "/proc/self/status")
    }

    /// What this process does not share with any other: its private pages (`smaps_rollup`) and
    /// its page tables (`VmPTE`), in KiB.
    static func privateKiB() -> Int? {
        guard let clean = field("Private_Clean", in: "/proc/self/smaps_rollup"),
            let dirty = field("Private_Dirty", in: "/proc/self/smaps_rollup"),
            let tables = field("VmPTE", in: "/proc/self/status")
        else { return nil }
        return clean + dirty + tables
    }

    /// The number on the line `name:   1234 kB` of the file at `path`.
    static func field(_ name: String, in path: String) -> Int? {
        guard let text = contents(of: path) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            let words = line.dropFirst(name.count + 1).split { $0 == " " || $0 == "\t" }
            return words.first.flatMap { Int($0) }
        }
        return nil
    }

    private static func contents(of path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var collected: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            collected += chunk[..<count]
        }
        return String(decoding: collected, as: UTF8.self)
    }
}
