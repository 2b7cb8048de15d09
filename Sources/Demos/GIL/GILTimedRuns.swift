import GILSimulation
import Messages

/// The GIL demo's timed runs, and the results they give. The CPU-bound runs are repeated and
/// their medians kept, and each is measured by its CPU time as well as its wall time: other
/// programs on the machine change wall times and so speedups, but they cannot make two threads
/// that take turns use more than one CPU at once.
struct GILTimedRuns {
    /// How often each CPU-bound run is repeated; the median of the repeats is reported.
    static let repeats = 3
    /// Parallelism above which two threads clearly ran at the same time.
    static let parallelThreshold = 1.3
    /// Free CPUs below which a run whose threads did not run in parallel is blamed on the
    /// machine, not graded.
    static let freeCPUsNeeded = 1.7

    /// Wall seconds of each run, medians for the repeated ones.
    private(set) var seconds: [String: Double] = [:]
    /// What the two-thread CPU-bound runs got from the machine (the median repeat).
    private(set) var shares: [String: CPUShare] = [:]

    /// Records one run's wall time and what it got from the machine.
    mutating func record(_ name: String, _ runs: [CPUShare]) {
        guard let median = CPUShare.median(runs) else { return }
        shares[name] = median
        let walls = runs.map(\.wallSeconds).sorted()
        seconds[name] = walls[walls.count / 2]
    }

    /// Records a run timed once, by its wall time only.
    mutating func record(_ name: String, seconds value: Double) {
        seconds[name] = value
    }

    /// Every result these runs give, by name: seconds, speedups, parallelism, and the CPUs the
    /// machine offered. A result the machine rather than the program would decide says so.
    func results() -> [String: String] {
        var results: [String: String] = [:]
        for (name, value) in seconds {
            results[name] = "\(GILDemo.rounded(value, places: 3))"
        }
        let ratios = [
            ("speedup_cpu_gil", "cpu_1_thread_s", "cpu_2_threads_gil_s"),
            ("speedup_cpu_nogil", "cpu_1_thread_s", "cpu_2_threads_nogil_s"),
            ("speedup_cpu_processes", "cpu_1_thread_s", "cpu_2_processes_s"),
            ("speedup_io_gil", "io_1_thread_s", "io_2_threads_gil_s"),
        ]
        for (name, one, two) in ratios {
            if let one = seconds[one], let two = seconds[two], two > 0 {
                results[name] = "\(GILDemo.rounded(one / two, places: 2))"
            }
        }
        if let gil = shares["cpu_2_threads_gil_s"] {
            results["parallelism_cpu_gil"] = "\(GILDemo.rounded(gil.parallelism, places: 2))"
            results["cpus_available"] = "\(gil.cpusAvailable)"
        }
        if let free = shares["cpu_2_threads_nogil_s"] {
            results["parallelism_cpu_nogil"] = "\(GILDemo.rounded(free.parallelism, places: 2))"
            results["cpus_available"] = "\(free.cpusAvailable)"
            results["cpus_free"] = "\(GILDemo.rounded(free.cpusFree, places: 1))"
            if let reason = Self.whyNotParallel(free) {
                for name in ["parallelism_cpu_nogil", "speedup_cpu_nogil", "speedup_cpu_processes"] {
                    results[name] = DemoResult.notMeasured(because: reason)
                }
            }
        }
        return results
    }

    /// Why two threads free to run in parallel could not show it on this machine: one CPU, or
    /// CPUs other programs kept busy. Nil when they ran in parallel, or could have. Short, so
    /// that a `result NAME=not measured: REASON` line fits 80 columns, and in English, as result
    /// values are.
    static func whyNotParallel(_ share: CPUShare) -> String? {
        if share.cpusAvailable < 2 {
            return Messages.text("demos.not-measured.one-cpu", in: .english)
        }
        guard share.parallelism <= parallelThreshold, share.cpusFree < freeCPUsNeeded else { return nil }
        return Messages.text(
            "demos.not-measured.cpus-busy",
            ["free": "\(GILDemo.rounded(share.cpusFree, places: 1))", "available": "\(share.cpusAvailable)"],
            in: .english)
    }
}
