/// The results of ``ThreadPool/imap(_:_:chunksize:)`` and
/// ``ThreadPool/imapUnordered(_:_:chunksize:)``: Python's `IMapIterator` and
/// `IMapUnorderedIterator`.
///
/// Results are yielded as soon as they are ready: in input order for `imap`, in completion
/// order for `imapUnordered`. As in Python, an error thrown by the function is rethrown by
/// ``next(timeout:)`` at its turn and iteration can go on afterwards (with chunks of several
/// items, the rest of the failed chunk is skipped); dropping the iterator does not cancel
/// the remaining tasks.
public final class IMapIterator<Value: Sendable> {
    private let job: MapJob<Value>
    /// Present for `imapUnordered`: reports chunks in the order they end.
    private let watcher: FutureWatcher?
    /// Ordered: the next item to yield. Unordered: how many chunks were taken from `watcher`.
    private var position = 0
    /// Unordered: the items of the chunk being yielded that are still to come.
    private var current = 0..<0

    init(_ job: MapJob<Value>, watcher: FutureWatcher?) {
        self.job = job
        self.watcher = watcher
    }

    /// Python's `next(timeout=None)`: the next result, waiting up to `timeout` seconds
    /// (nil: for ever); nil once every result was yielded.
    ///
    /// Throws ``TimeoutError`` if nothing is ready in time (calling again keeps waiting for the
    /// same result), rethrows the function's error, and throws ``CancelledError`` for tasks that
    /// ``ThreadPool/terminate()`` dropped.
    public func next(timeout: Double? = nil) throws -> Value? {
        let deadline = Deadline.after(seconds: timeout)
        if watcher != nil {
            return try nextUnordered(until: deadline)
        }
        guard position < job.count else { return nil }
        let chunk = position / job.chunkSize
        guard job.waitForChunk(chunk, until: deadline) else { throw TimeoutError() }
        let index = position
        do {
            let value = try job.value(at: index)
            position += 1
            return value
        } catch {
            position = job.items(of: chunk).upperBound
            throw error
        }
    }

    private func nextUnordered(until deadline: Deadline?) throws -> Value? {
        if current.isEmpty {
            guard let watcher, position < job.chunkCount else { return nil }
            guard
                let chunk = watcher.finishedIndex(
                    at: position, until: deadline,
                    note: "waiting for any of \(job.chunkCount - position) map results (imap_unordered)")
            else { throw TimeoutError() }
            position += 1
            current = job.items(of: chunk)
        }
        let index = current.lowerBound
        do {
            let value = try job.value(at: index)
            current = index + 1..<current.upperBound
            return value
        } catch {
            current = 0..<0
            throw error
        }
    }

    /// Every remaining result: Python's `list(pool.imap(...))`.
    public func collect() throws -> [Value] {
        var values: [Value] = []
        while let value = try next() {
            values.append(value)
        }
        return values
    }
}
