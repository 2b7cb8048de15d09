import Threading

extension ProcessPool {
    /// Python's `IMapIterator`, from ``imap(_:chunksize:)`` and ``imapUnordered(_:chunksize:)``:
    /// outputs arrive while later ones are still being computed.
    ///
    /// As a `Sequence` it stops at the first error (use ``next(timeout:)`` to see it); Python
    /// raises it from `next()`.
    public final class IMapIterator: Sequence, IteratorProtocol {
        private let pool: ProcessPool
        private var remaining: [Int]
        private let ordered: Bool
        private var ready: [Output] = []

        init(pool: ProcessPool, tasks: [Int], ordered: Bool) {
            self.pool = pool
            remaining = tasks
            self.ordered = ordered
        }

        /// Python's `next(timeout=None)`: the next output, or nil when all were returned.
        ///
        /// - Throws: ``TimeoutError`` when `timeout` passes first; the task's error otherwise.
        public func next(timeout: Double?) throws -> Output? {
            let deadline = Deadline.after(seconds: timeout)
            defer { pool.endResultsWait() }
            while ready.isEmpty {
                guard !remaining.isEmpty else { return nil }
                if ordered {
                    ready = try pool.waitForOutputs(of: remaining.removeFirst(), until: deadline)
                } else if let done = remaining.firstIndex(where: pool.isDone) {
                    ready = try pool.takeOutcome(of: remaining.remove(at: done))
                } else {
                    if let deadline, deadline.hasPassed { throw TimeoutError() }
                    try pool.pump(until: deadline)
                }
            }
            return ready.removeFirst()
        }

        /// The next output; nil at the end or at the first error.
        public func next() -> Output? {
            try? next(timeout: nil)
        }
    }
}
