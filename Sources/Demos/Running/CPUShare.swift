import Foundation
import Multiprocessing
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a timed step really got from the machine: its wall time, the CPU time this process used
/// meanwhile, and the CPU time other programs took on the CPUs this process may use.
///
/// A speedup is a ratio of two wall times, and any other program on the machine changes both;
/// CPU time over wall time (the parallelism) is what the program itself achieved, and the
/// others' share says whether the machine could have given it more.
struct CPUShare: Sendable {
    /// Seconds from start to end.
    let wallSeconds: Double
    /// CPU seconds this process used meanwhile, all its threads together.
    let ownCPUSeconds: Double
    /// CPU seconds other programs used meanwhile on this process's CPUs; nil where the
    /// kernel does not say (no `/proc/stat`).
    let othersCPUSeconds: Double?
    /// How many CPUs this process may run on (`os.sched_getaffinity`).
    let cpusAvailable: Int

    /// How many CPUs this process kept busy at once, on average: 1 for one thread at a time,
    /// up to 2 for two threads running in parallel.
    var parallelism: Double { wallSeconds > 0 ? ownCPUSeconds / wallSeconds : 0 }

    /// How many of the available CPUs other programs left free, on average.
    var cpusFree: Double {
        let others = (othersCPUSeconds ?? 0) / max(wallSeconds, 1e-9)
        return max(0, Double(cpusAvailable) - others)
    }

    /// Runs `body` and measures what it got.
    static func measure<T>(_ body: () throws -> T) rethrows -> (T, CPUShare) {
        let cpus = CPUAffinity.availableCPUs
        let busyBefore = busySeconds(of: cpus)
        let cpuBefore = processCPUSeconds()
        let start = MonotonicClock.now()
        let value = try body()
        let wall = Double(MonotonicClock.now() &- start) / 1e9
        let own = processCPUSeconds() - cpuBefore
        let others = busySeconds(of: cpus).flatMap { after in
            busyBefore.map { max(0, after - $0 - own) }
        }
        return (
            value,
            CPUShare(
                wallSeconds: wall, ownCPUSeconds: own, othersCPUSeconds: others,
                cpusAvailable: max(1, cpus.count))
        )
    }

    /// The middle one of `shares` by parallelism: one run can be unlucky, the median of three
    /// cannot be unless the machine stayed busy.
    static func median(_ shares: [CPUShare]) -> CPUShare? {
        let sorted = shares.sorted { $0.parallelism < $1.parallelism }
        return sorted.isEmpty ? nil : sorted[sorted.count / 2]
    }

    /// CPU seconds used by this process so far (`time.process_time()` in Python).
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Seconds the given CPUs have spent not idle since boot, from Linux's `/proc/stat`
    /// (user, nice, system, irq, softirq and steal); nil elsewhere.
    static func busySeconds(of cpus: [Int]) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8) else { return nil }
        let wanted = Set(cpus)
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        guard ticksPerSecond > 0 else { return nil }
        var busy = 0.0
        var found = false
        for line in text.split(separator: "\n") where line.hasPrefix("cpu") {
            let fields = line.split(separator: " ")
            guard let number = Int(fields[0].dropFirst(3)), wanted.contains(number), fields.count >= 9 else {
                continue
            }
            let ticks = fields[1...8].compactMap { Double($0) }
            guard ticks.count == 8 else { continue }
            // user nice system idle iowait irq softirq steal: all but idle and iowait.
            busy += ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7]
            found = true
        }
        return found ? busy / ticksPerSecond : nil
    }
}
