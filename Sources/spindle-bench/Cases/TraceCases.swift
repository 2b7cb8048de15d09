import Threading
import Trace

/// What tracing costs: the lock and queue cases with a recorder behind them, as a fraction of
/// the same work untraced (1 is free; the target is at least 0.5).
enum TraceCases {
    static var all: [BenchCase] {
        [
            BenchCase(
                "trace_keep_lock", unit: .ratio, work: 200_000,
                notes: "Lock acquire+release traced / untraced", targets: [.atLeast(0.5)]
            ) { n in
                let off = try lockRate(n, tracer: .disabled)
                let on = try lockRate(n, tracer: Tracer(TraceRecorder(reservingCapacity: 2 * n + 16)))
                return on / off
            },
            BenchCase(
                "trace_keep_queue", unit: .ratio, work: 200_000,
                notes: "Queue put+get traced / untraced", targets: [.atLeast(0.5)]
            ) { n in
                let off = try queueRate(n, tracer: .disabled)
                let on = try queueRate(n, tracer: Tracer(TraceRecorder(reservingCapacity: 2 * n + 16)))
                return on / off
            },
        ]
    }

    private static func lockRate(_ n: Int, tracer: Tracer) throws -> Double {
        let lock = Lock(tracer: tracer)
        return try rate(n) {
            for _ in 0..<n {
                _ = lock.acquire()
                try lock.release()
            }
        }
    }

    private static func queueRate(_ n: Int, tracer: Tracer) throws -> Double {
        let queue = Queue<Int>(tracer: tracer)
        return try rate(n) {
            for item in 0..<n {
                try queue.put(item)
                _ = try queue.get()
            }
        }
    }
}
