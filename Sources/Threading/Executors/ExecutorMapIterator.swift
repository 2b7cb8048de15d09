/// The results of ``ThreadPoolExecutor/map(_:_:timeout:)`` in input order: Python's
/// `result_iterator` generator.
///
/// `next()` throws rather than the iterator being a `Sequence`, because Python's generator
/// raises the task's error (or `TimeoutError`) mid-iteration: loop with
/// `while let value = try results.next()`, or call ``collect()`` for `list(executor.map(...))`.
/// After an error, or when the iterator is dropped early, the tasks not yet started are
/// cancelled, as Python's generator does in its `finally`.
public final class ExecutorMapIterator<Value: Sendable> {
    private let job: MapJob<Value>
    private let deadline: Deadline?
    private var position = 0

    init(_ job: MapJob<Value>, deadline: Deadline?) {
        self.job = job
        self.deadline = deadline
    }

    deinit {
        job.cancelChunks(from: position)
    }

    /// The next result in input order, waiting for it; nil after the last one.
    ///
    /// Rethrows the error the function threw for that item; throws ``TimeoutError`` if the
    /// map's timeout has passed and ``CancelledError`` if the item's task was cancelled
    /// (by `shutdown(cancelFutures: true)`).
    public func next() throws -> Value? {
        guard position < job.count else { return nil }
        let index = position
        position += 1
        do {
            guard job.waitForChunk(index, until: deadline) else { throw TimeoutError() }
            return try job.value(at: index)
        } catch {
            // Python cancels the failed item's future too, then every later one.
            job.cancelChunks(from: index)
            position = job.count
            throw error
        }
    }

    /// Every remaining result, in order: Python's `list(executor.map(...))`.
    public func collect() throws -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(job.count - position)
        while let value = try next() {
            values.append(value)
        }
        return values
    }
}
