import GILSimulation
import Multiprocessing
import Threading

/// The GIL experiment: the same CPU-bound or I/O-bound work on one thread and on two, with the
/// GIL on (as CPython) and off (as a free-threaded build), and on two processes. Each figure is
/// a speedup: the time on one thread over the time on two (2 is perfect, 1 is no gain).
enum GILCases {
    static var all: [BenchCase] {
        [
            BenchCase(
                "gil_cpu_speedup_2t_gil_on", unit: .ratio, work: 40_000_000,
                notes: "CPU-bound, 2 threads vs 1, GIL on (CPython: about 1)"
            ) { n in
                try cpuSpeedup(n, gil: GIL(enabled: true, tracer: .disabled))
            },
            BenchCase(
                "gil_cpu_speedup_2t_gil_off", unit: .ratio, work: 40_000_000,
                notes: "CPU-bound, 2 threads vs 1, GIL off (free-threaded: about 2 on 2 cores)"
            ) { n in
                try cpuSpeedup(n, gil: GIL(enabled: false, tracer: .disabled))
            },
            BenchCase(
                "gil_io_speedup_2t_gil_on", unit: .ratio, work: 40,
                notes: "I/O-bound (10 ms waits), 2 threads vs 1, GIL on: waiting releases it"
            ) { n in
                try ioSpeedup(n, gil: GIL(enabled: true, tracer: .disabled))
            },
            BenchCase(
                "gil_cpu_speedup_2p", unit: .ratio, work: 40_000_000,
                notes: "CPU-bound, 2 processes vs 1, each with its own GIL"
            ) { n in
                try HostedProcess(ProcessSpeedup.self, arguments: n).result(timeout: 600)
            },
        ]
    }

    private static func cpuSpeedup(_ iterations: Int, gil: GIL) throws -> Double {
        let one = try seconds { try onThreads(1) { InterpretedWork.spin(iterations: iterations, gil: gil) } }
        let two = try seconds {
            try onThreads(2) { InterpretedWork.spin(iterations: iterations / 2, gil: gil) }
        }
        return one / two
    }

    private static func ioSpeedup(_ requested: Int, gil: GIL) throws -> Double {
        // An even number, at least 2, so both threads wait equally.
        let waits = max(2, requested / 2 * 2)
        let one = try seconds {
            try onThreads(1) { for _ in 0..<waits { InterpretedWork.simulatedIO(seconds: 0.01, gil: gil) } }
        }
        let two = try seconds {
            try onThreads(2) {
                for _ in 0..<(waits / 2) { InterpretedWork.simulatedIO(seconds: 0.01, gil: gil) }
            }
        }
        return one / two
    }

    /// Runs `body` on `count` threads at once and joins them.
    private static func onThreads(_ count: Int, _ body: @escaping @Sendable () -> Void) throws {
        let threads = (0..<count).map { _ in Thread(tracer: .disabled) { body() } }
        for thread in threads { try thread.start() }
        for thread in threads { try thread.join(timeout: 600) }
    }
}

/// The process half of the GIL experiment: forked children each have their own GIL.
struct ProcessSpeedup: HostedProgram {
    static func main(_ iterations: Int) throws -> Double {
        let one = try seconds { try onProcesses(1, iterations: iterations) }
        let two = try seconds { try onProcesses(2, iterations: iterations / 2) }
        return one / two
    }

    private static func onProcesses(_ count: Int, iterations: Int) throws {
        let children = (0..<count).map { _ in
            Process {
                InterpretedWork.spin(iterations: iterations, gil: GIL(enabled: true, tracer: .disabled))
            }
        }
        for child in children { try child.start() }
        for child in children { try child.join(timeout: 600) }
    }
}
