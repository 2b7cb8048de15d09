import Threading

extension ProcessPool {
    /// Python's `AsyncResult`, for ``applyAsync(_:)``: the call runs in a worker while the
    /// caller goes on; ``get(timeout:)`` waits for it.
    public final class AsyncResult {
        private let pool: ProcessPool
        private let task: Int
        private var settled: Result<Output, any Error>?

        init(pool: ProcessPool, task: Int) {
            self.pool = pool
            self.task = task
        }

        /// Python's `get(timeout=None)`: the output, or the task's error.
        ///
        /// - Throws: ``TimeoutError`` when `timeout` passes first, ``PoolTaskError`` when the
        ///   function threw, ``WorkerDiedError``, or ``CancelledError`` after ``terminate()``.
        public func get(timeout: Double? = nil) throws -> Output {
            if let settled { return try settled.get() }
            let outputs: [Output]
            do {
                outputs = try pool.waitForOutputs(of: task, until: Deadline.after(seconds: timeout))
            } catch let error as TimeoutError {
                throw error
            } catch {
                settled = .failure(error)
                throw error
            }
            settled = .success(outputs[0])
            return outputs[0]
        }

        /// Python's `wait(timeout=None)`: waits without taking the result.
        public func wait(timeout: Double? = nil) {
            _ = try? get(timeout: timeout)
        }

        /// Python's `ready()`: whether the call has finished, without waiting.
        public func ready() -> Bool {
            if settled != nil { return true }
            if !pool.isDone(task) {
                try? pool.pump(until: Deadline.after(seconds: 0))
                pool.endResultsWait()
            }
            return pool.isDone(task)
        }

        /// Python's `successful()`: whether the call finished without an error.
        ///
        /// - Throws: ``ValueError`` when it has not finished yet, as Python does.
        public func successful() throws -> Bool {
            guard ready() else { throw ValueError("AsyncResult is not ready") }
            _ = try? get(timeout: 0)
            if case .success = settled { return true }
            return false
        }
    }
}
