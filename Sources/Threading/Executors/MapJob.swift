import Trace

/// Work the pool queues as numbered chunks rather than as futures: the part of ``MapJob`` the
/// non-generic ``WorkerPool`` needs.
class ChunkedWork: @unchecked Sendable {
    /// Runs chunk `chunk` on the calling worker thread, which acts as `worker` in the trace.
    func runChunk(_ chunk: Int, on worker: ActorID) {
        preconditionFailure("MapJob overrides runChunk")
    }

    /// Cancels chunk `chunk` if it has not started; true if it is cancelled.
    @discardableResult
    func cancelChunk(_ chunk: Int) -> Bool {
        preconditionFailure("MapJob overrides cancelChunk")
    }
}

/// One call of `map`, `imap` or `imap_unordered`: the function, its items and their results,
/// run as chunks of consecutive items.
///
/// Python gives every item of `Executor.map` its own future; here a single object holds every
/// result, so mapping 100,000 items allocates a handful of buffers rather than 200,000 objects,
/// and no generic code runs per item on the submitting thread. Each chunk behaves like a
/// future: pending, running, then succeeded, failed or cancelled, with the same tracing.
/// The executor uses chunks of one item (every item is a task, as in Python); `ThreadPool.map`
/// uses Python's chunk size.
final class MapJob<Value: Sendable>: ChunkedWork, @unchecked Sendable {
    enum ChunkState: UInt8 {
        case pending, running, succeeded, failed, cancelled
    }

    let count: Int
    let chunkSize: Int
    let chunkCount: Int
    let tracer: Tracer
    /// How the queue shows each chunk: the item's label, or the first item's and a count.
    /// Empty when not tracing.
    let chunkLabels: [String]
    /// Computes the value of item `index`; captures the function and the items.
    private let produce: @Sendable (Int) throws -> Value
    /// Told about each chunk as it ends, for consumers that take results in completion order.
    private let watcher: FutureWatcher?

    // Chunk `c`'s state, runner and results are guarded by `lock(c)` (a ``FutureLock`` slot);
    // failures by `failureMutex`; hence `@unchecked Sendable`. Results of a chunk are written
    // by its worker before the state becomes `.succeeded` and never change afterwards.
    private let states: UnsafeMutablePointer<UInt8>
    private let runners: UnsafeMutablePointer<ActorID>?
    private let results: UnsafeMutablePointer<Value>
    private let failureMutex = PthreadMutex()
    private var failures: [Int: any Error] = [:]

    /// Set in a chunk's state byte while a consumer waits for it, so completion broadcasts only then.
    private static var waitedFlag: UInt8 { 0x80 }

    init<Element: Sendable>(
        _ fn: @escaping @Sendable (Element) throws -> Value, _ items: some Sequence<Element>,
        chunkSize: Int, tracer: Tracer, watcher: FutureWatcher? = nil
    ) {
        let items = ContiguousArray(items)
        count = items.count
        self.chunkSize = max(1, chunkSize)
        chunkCount = (count + self.chunkSize - 1) / self.chunkSize
        self.tracer = tracer
        self.watcher = watcher
        if tracer.isEnabled {
            let size = self.chunkSize
            chunkLabels = stride(from: 0, to: items.count, by: size).map { start in
                let first = queueItemLabel(items[start])
                return size == 1 ? first : "\(first)… (\(min(size, items.count - start)) items)"
            }
        } else {
            chunkLabels = []
        }
        produce = { index in try fn(items[index]) }
        states = .allocate(capacity: chunkCount)
        states.initialize(repeating: ChunkState.pending.rawValue, count: chunkCount)
        if tracer.isEnabled {
            let runners = UnsafeMutablePointer<ActorID>.allocate(capacity: chunkCount)
            runners.initialize(repeating: .unassigned, count: chunkCount)
            self.runners = runners
        } else {
            runners = nil
        }
        results = .allocate(capacity: count)
    }

    deinit {
        for chunk in 0..<chunkCount where states[chunk] & ~Self.waitedFlag == ChunkState.succeeded.rawValue {
            let range = items(of: chunk)
            (results + range.lowerBound).deinitialize(count: range.count)
        }
        results.deallocate()
        states.deallocate()
        runners?.deallocate()
    }

    /// The items of `chunk`.
    func items(of chunk: Int) -> Range<Int> {
        chunk * chunkSize..<min(count, (chunk + 1) * chunkSize)
    }

    // MARK: Workers

    override func runChunk(_ chunk: Int, on worker: ActorID) {
        let lock = lock(for: chunk)
        lock.lock()
        guard states[chunk] & ~Self.waitedFlag == ChunkState.pending.rawValue else {
            lock.unlock()
            return
        }
        states[chunk] = ChunkState.running.rawValue | (states[chunk] & Self.waitedFlag)
        runners?[chunk] = worker
        lock.unlock()

        let range = items(of: chunk)
        var index = range.lowerBound
        var failure: (any Error)?
        // Python's `mapstar`: the first error abandons the rest of the chunk.
        while index < range.upperBound {
            do {
                (results + index).initialize(to: try produce(index))
            } catch {
                failure = error
                break
            }
            index += 1
        }
        if let failure {
            (results + range.lowerBound).deinitialize(count: index - range.lowerBound)
            failureMutex.withLock { failures[chunk] = failure }
        }
        finish(chunk, failed: failure != nil)
    }

    @discardableResult
    override func cancelChunk(_ chunk: Int) -> Bool {
        let lock = lock(for: chunk)
        lock.lock()
        let previous = states[chunk]
        switch previous & ~Self.waitedFlag {
        case ChunkState.cancelled.rawValue:
            lock.unlock()
            return true
        case ChunkState.pending.rawValue:
            states[chunk] = ChunkState.cancelled.rawValue
            if previous & Self.waitedFlag != 0 { lock.broadcast() }
            lock.unlock()
            watcher?.futureFinished(at: chunk, .cancelled)
            return true
        default:
            lock.unlock()
            return false
        }
    }

    /// Cancels every chunk from `first` on that has not started (a consumer gave up).
    func cancelChunks(from first: Int) {
        for chunk in first..<chunkCount {
            cancelChunk(chunk)
        }
    }

    private func finish(_ chunk: Int, failed: Bool) {
        let lock = lock(for: chunk)
        lock.lock()
        let previous = states[chunk]
        states[chunk] = (failed ? ChunkState.failed : ChunkState.succeeded).rawValue
        if previous & Self.waitedFlag != 0 { lock.broadcast() }
        lock.unlock()
        watcher?.futureFinished(at: chunk, failed ? .failed : .succeeded)
    }

    // MARK: Consumers

    /// Waits until `chunk` has ended or the deadline passes; false on timeout.
    ///
    /// Traced like waiting on a future: a join on the worker running the chunk, or on
    /// `actor#0` with a note while none has started it.
    func waitForChunk(_ chunk: Int, until deadline: Deadline?) -> Bool {
        let lock = lock(for: chunk)
        lock.lock()
        defer { lock.unlock() }
        if hasEnded(chunk) { return true }
        let actor = TraceContext.currentActor
        if tracer.isEnabled {
            let runner = runners?[chunk] ?? .unassigned
            if runner == .unassigned {
                tracer.record(
                    actor: actor, .transition(.waiting(.join(.unassigned))),
                    note: "waiting for a map result no worker has started yet")
            } else {
                tracer.record(actor: actor, .transition(.waiting(.join(runner))))
            }
        }
        var inTime = true
        while inTime && !hasEnded(chunk) {
            states[chunk] |= Self.waitedFlag
            inTime = lock.wait(until: deadline)
        }
        tracer.record(actor: actor, .transition(.running))
        return hasEnded(chunk)
    }

    /// The value of item `index`, whose chunk must have ended: rethrows the chunk's error, or
    /// throws ``CancelledError`` if it was cancelled.
    func value(at index: Int) throws -> Value {
        let chunk = index / chunkSize
        let lock = lock(for: chunk)
        lock.lock()
        let state = states[chunk] & ~Self.waitedFlag
        lock.unlock()
        switch state {
        case ChunkState.succeeded.rawValue:
            return results[index]
        case ChunkState.failed.rawValue:
            throw failureMutex.withLock { failures[chunk] } ?? CancelledError()
        default:
            throw CancelledError()
        }
    }

    /// Waits for every chunk, then returns all values in order, or throws the error of the
    /// earliest failed (or cancelled) chunk; nil if the deadline passed first.
    func allValues(until deadline: Deadline?) throws -> [Value]? {
        for chunk in 0..<chunkCount where !waitForChunk(chunk, until: deadline) {
            return nil
        }
        var values: [Value] = []
        values.reserveCapacity(count)
        for index in 0..<count {
            values.append(try value(at: index))
        }
        return values
    }

    private func hasEnded(_ chunk: Int) -> Bool {
        states[chunk] & ~Self.waitedFlag >= ChunkState.succeeded.rawValue
    }

    private func lock(for chunk: Int) -> FutureLock {
        FutureLock(address: Unmanaged.passUnretained(self).toOpaque(), part: chunk)
    }
}
