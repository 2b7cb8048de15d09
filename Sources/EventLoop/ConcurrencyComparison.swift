import Threading
import Trace

/// Starts many Swift tasks or many OS threads that all wait, and reports what that cost: the lesson
/// that coroutines are cheaper to create and switch than threads (Python: thousands of asyncio
/// tasks against a few hundred `threading.Thread`s).
///
/// Both helpers wait until every task or thread is parked on the shared release signal, measure,
/// then release and join them all before returning, so nothing outlives the call.
public enum ConcurrencyComparison {
    /// What starting `count` waiters cost.
    public struct Measurement: Sendable, Hashable {
        /// How many tasks or threads were started.
        public var count: Int
        /// Seconds from the first start until all were waiting.
        public var creationSeconds: Double
        /// Growth of the resident set while they all waited, in bytes; nil where it cannot be read
        /// (only Linux's `/proc/self/statm` is supported). May be 0 or negative when the allocator
        /// reuses memory freed earlier.
        public var residentGrowthBytes: Int?

        /// Creates a measurement.
        public init(count: Int, creationSeconds: Double, residentGrowthBytes: Int?) {
            self.count = count
            self.creationSeconds = creationSeconds
            self.residentGrowthBytes = residentGrowthBytes
        }

        /// Creation time per task or thread, in seconds.
        public var secondsEach: Double { creationSeconds / Double(count) }
    }

    /// The most tasks ``startTasks(count:)`` starts.
    public static let maxTasks = 100_000
    /// The most threads ``startThreads(count:)`` starts.
    public static let maxThreads = 256

    /// Starts `count` Swift tasks (1 to ``maxTasks``) that each await one shared release signal,
    /// like `asyncio.gather(*(event.wait() for _ in range(n)))`.
    public static func startTasks(count: Int) async throws(ComparisonLimitError) -> Measurement {
        guard (1...maxTasks).contains(count) else {
            throw ComparisonLimitError(what: "tasks", requested: count, limit: maxTasks)
        }
        let gate = TaskReleaseGate(expected: count)
        let before = ResidentMemory.currentBytes()
        let start = MonotonicClock.now()
        var measurement = Measurement(count: count, creationSeconds: 0, residentGrowthBytes: nil)
        await withDiscardingTaskGroup { group in
            for _ in 0..<count {
                group.addTask { await gate.wait() }
            }
            await gate.waitUntilAllWaiting()
            measurement.creationSeconds = Double(MonotonicClock.now() - start) / 1e9
            measurement.residentGrowthBytes = growth(since: before)
            gate.release()
        }
        return measurement
    }

    /// Starts `count` OS threads (1 to ``maxThreads``) that each block on one shared condition
    /// variable, like `threading.Thread(target=event.wait)` started `n` times.
    ///
    /// Throws ``ComparisonLimitError`` for a bad count, or the system's error if a thread cannot be
    /// started (those already started are released and joined first).
    public static func startThreads(count: Int) throws -> Measurement {
        guard (1...maxThreads).contains(count) else {
            throw ComparisonLimitError(what: "threads", requested: count, limit: maxThreads)
        }
        let gate = ThreadReleaseGate()
        var threads: [NativeThread] = []
        threads.reserveCapacity(count)
        defer {
            gate.release()
            for thread in threads { thread.join() }
        }
        let before = ResidentMemory.currentBytes()
        let start = MonotonicClock.now()
        for _ in 0..<count {
            threads.append(try NativeThread.spawn(name: nil) { gate.wait() })
        }
        gate.waitUntilWaiting(count)
        return Measurement(
            count: count, creationSeconds: Double(MonotonicClock.now() - start) / 1e9,
            residentGrowthBytes: growth(since: before))
    }

    private static func growth(since before: Int?) -> Int? {
        guard let before, let after = ResidentMemory.currentBytes() else { return nil }
        return after - before
    }
}

/// The signal the comparison's tasks await, and the count that tells the starter they all do.
private final class TaskReleaseGate: @unchecked Sendable {
    // Everything is guarded by `mutex`; continuations are resumed after unlocking.
    private let mutex = PthreadMutex()
    private let expected: Int
    private var waiting: [UnsafeContinuation<Void, Never>] = []
    private var allWaiting: UnsafeContinuation<Void, Never>?
    private var released = false

    init(expected: Int) {
        self.expected = expected
        // Reserved up front so the array's growth is not counted as the tasks' memory.
        waiting.reserveCapacity(expected)
    }

    package func wait() async {
        await withUnsafeContinuation { continuation in
            mutex.lock()
            if released {
                mutex.unlock()
                continuation.resume()
                return
            }
            waiting.append(continuation)
            let starter = waiting.count == expected ? allWaiting.take() : nil
            mutex.unlock()
            starter?.resume()
        }
    }

    func waitUntilAllWaiting() async {
        await withUnsafeContinuation { continuation in
            mutex.lock()
            let done = waiting.count == expected
            if !done { allWaiting = continuation }
            mutex.unlock()
            if done { continuation.resume() }
        }
    }

    func release() {
        mutex.lock()
        released = true
        let parked = waiting
        waiting = []
        mutex.unlock()
        for continuation in parked { continuation.resume() }
    }
}

/// The condition the comparison's threads block on, and the count that tells the starter they all do.
private final class ThreadReleaseGate: @unchecked Sendable {
    // `waitingCount` and `released` are guarded by `mutex`.
    private let mutex = PthreadMutex()
    private let releasedCondition = PthreadCondition()
    private let arrivedCondition = PthreadCondition()
    private var waitingCount = 0
    private var released = false

    package func wait() {
        mutex.lock()
        waitingCount += 1
        arrivedCondition.signal()
        while !released { releasedCondition.wait(mutex) }
        mutex.unlock()
    }

    /// Returns once `count` threads wait, or after a minute if some never arrive (they then find
    /// the gate released and leave at once, so the caller's join still finishes).
    func waitUntilWaiting(_ count: Int) {
        let deadline = Deadline.after(seconds: 60)
        mutex.lock()
        while waitingCount < count && arrivedCondition.wait(mutex, until: deadline) {}
        mutex.unlock()
    }

    func release() {
        mutex.lock()
        released = true
        releasedCondition.broadcast()
        mutex.unlock()
    }
}
