import GILSimulation
import Trace

/// The two kinds of task the GIL demo times, sized once and then run on any thread: a
/// CPU-bound count like Python's `while n > 0: n -= 1`, and an I/O-bound task that mostly waits.
///
/// Every task stops at `deadline` (the demo's time limit), so a long run ends cleanly.
struct GILWorkload: Sendable {
    /// Iterations this machine counts per second with an uncontended GIL.
    let iterationsPerSecond: Double
    /// Iterations of one CPU-bound task, sized so that one task alone takes about the asked time.
    let cpuIterations: Int
    /// Iterations between two looks at the clock: about 10 ms of counting.
    let chunkIterations: Int
    /// Blocking waits in one I/O-bound task.
    let ioWaits: Int
    /// Seconds of each wait.
    let ioWaitSeconds: Double
    /// Iterations of interpreted work after each wait, standing for parsing the reply.
    let ioParseIterations: Int
    /// ``MonotonicClock`` nanoseconds after which tasks stop early.
    let deadline: UInt64

    /// Measures how fast this machine counts (with an uncontended GIL, as a lone Python thread
    /// runs) and sizes the tasks: `cpuSeconds` of counting, `ioSeconds` of waiting in 10 waits.
    init(cpuSeconds: Double, ioSeconds: Double, deadline: UInt64) {
        let probe = GIL(tracer: .disabled)
        var iterations = 200_000
        var took = 0.0
        while true {
            took = GILWorkload.time(iterations, probe)
            // 50 ms is long enough for the clock and short enough not to delay the demo.
            if took >= 0.05 || iterations >= 1 << 40 { break }
            iterations *= 2
        }
        // The fastest of three: other programs on a busy machine only ever make a run slower.
        took = min(took, GILWorkload.time(iterations, probe), GILWorkload.time(iterations, probe))
        let perSecond = Double(iterations) / max(took, 1e-9)
        iterationsPerSecond = perSecond
        cpuIterations = max(1, Int(perSecond * cpuSeconds))
        chunkIterations = max(1_000, Int(perSecond * 0.01))
        ioWaits = 10
        ioWaitSeconds = ioSeconds / 10
        ioParseIterations = max(1, Int(perSecond * 0.0005))
        self.deadline = deadline
    }

    private static func time(_ iterations: Int, _ gil: GIL) -> Double {
        let start = MonotonicClock.now()
        InterpretedWork.spin(iterations: iterations, gil: gil)
        return Double(MonotonicClock.now() &- start) / 1e9
    }

    /// Whether the time limit has passed.
    var isOverTime: Bool { MonotonicClock.now() >= deadline }

    /// One CPU-bound task holding `gil` throughout (``cpuIterations`` long unless `iterations`
    /// says otherwise); returns false if the time limit cut it short.
    func cpuTask(gil: GIL, iterations: Int? = nil) -> Bool {
        gil.withInterpreter {
            var remaining = iterations ?? cpuIterations
            while remaining > 0 {
                if isOverTime { return false }
                let chunk = min(remaining, chunkIterations)
                InterpretedWork.spin(iterations: chunk, gil: gil)
                remaining -= chunk
            }
            return true
        }
    }

    /// One I/O-bound task: waits that release `gil`, each followed by a little interpreted work.
    /// Returns false if the time limit cut it short.
    func ioTask(gil: GIL) -> Bool {
        gil.withInterpreter {
            for _ in 0..<ioWaits {
                if isOverTime { return false }
                InterpretedWork.simulatedIO(seconds: ioWaitSeconds, gil: gil)
                InterpretedWork.spin(iterations: ioParseIterations, gil: gil)
            }
            return true
        }
    }
}
