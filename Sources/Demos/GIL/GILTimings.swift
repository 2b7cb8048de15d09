import GILSimulation
import Multiprocessing
import Synchronization
import Threading
import Trace

/// Wall-clock timing of the GIL demo's tasks on one thread, on several threads and on several
/// processes. Each returns the seconds taken, or nil when the time limit cut a task short.
enum GILTimings {
    /// Runs `task` `count` times, one after another, on the calling thread.
    static func sequential(_ count: Int, _ task: () -> Bool) -> Double? {
        let start = MonotonicClock.now()
        for _ in 0..<count where !task() { return nil }
        return seconds(since: start)
    }

    /// Runs `task` once on each of the threads named `names`, all at once, and joins them.
    static func threads(
        _ names: [String], joinTimeout: Double, _ task: @escaping @Sendable () -> Bool
    ) throws -> Double? {
        let finished = FinishedCount()
        let threads = names.map { name in
            Thread(name: name) {
                if task() { finished.value.wrappingAdd(1, ordering: .relaxed) }
            }
        }
        let start = MonotonicClock.now()
        for thread in threads { try thread.start() }
        for thread in threads { try thread.join(timeout: joinTimeout) }
        let elapsed = seconds(since: start)
        guard !threads.contains(where: \.isAlive) else {
            throw RuntimeError(GILDemo.descriptor.text("error.thread-late", ["seconds": "\(joinTimeout)"]))
        }
        return finished.value.load(ordering: .relaxed) == names.count ? elapsed : nil
    }

    /// Runs `task` once in each of the processes named `names` (passing the name), all at once,
    /// and joins them. Must be called before the demo starts any thread: a threaded process cannot fork.
    static func processes(_ names: [String], joinTimeout: Double, _ task: @escaping (String) -> Bool) throws
        -> Double?
    {
        let processes = names.map { name in
            Process(name: name) {
                guard task(name) else { throw CutShort() }
            }
        }
        let start = MonotonicClock.now()
        for process in processes { try process.start() }
        for process in processes {
            guard try process.join(timeout: joinTimeout) else {
                for straggler in processes where straggler.isAlive { straggler.kill() }
                for straggler in processes { _ = try? straggler.join(timeout: 5) }
                throw RuntimeError(
                    GILDemo.descriptor.text("error.process-late", ["seconds": "\(joinTimeout)"]))
            }
        }
        let elapsed = seconds(since: start)
        return processes.allSatisfy({ $0.exitCode == 0 }) ? elapsed : nil
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(MonotonicClock.now() &- start) / 1e9
    }

    /// How many threads finished their task; a class because an atomic cannot be captured.
    private final class FinishedCount: Sendable {
        let value = Atomic<Int>(0)
    }

    /// Thrown by a child whose task the time limit cut short, so its exit code says so.
    private struct CutShort: Error {}
}
