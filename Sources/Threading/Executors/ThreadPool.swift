import Trace

/// Python's `multiprocessing.dummy.Pool` (`multiprocessing.pool.ThreadPool`): the
/// `multiprocessing.Pool` API on worker threads.
///
/// All workers start at once, as in Python, traced as thread actors named `Thread-1 (worker)`,
/// `Thread-2 (worker)`, ...; the task queue is a traced queue resource. Prefer
/// ``withThreadPool(processes:name:tracer:_:)``, Python's `with Pool() as pool:`.
///
/// Dropping the pool without ``close()`` or ``terminate()`` terminates it: queued tasks are
/// cancelled and the workers exit after their current task, as Python's finaliser does.
public final class ThreadPool: Sendable {
    /// The number of worker threads; Python's `_processes`.
    public let processes: Int

    // Sendable without `@unchecked`: `WorkerPool` guards its own state and the counter is atomic.
    let pool: WorkerPool

    /// Python's `ThreadPool(processes=None)`: starts `processes` worker threads, the CPU count
    /// by default. Throws ``ValueError`` below 1 (as Python) or above 256 (Spindle's cap).
    ///
    /// - Parameters:
    ///   - name: the label of the task queue in the trace; `ThreadPool task queue` by default.
    ///   - tracer: where the workers and the queue report.
    public init(processes: Int? = nil, name: String? = nil, tracer: Tracer = TraceContext.tracer) throws {
        self.processes = try PythonPoolNaming.validatedWorkerCount(
            processes ?? PythonPoolNaming.cpuCount,
            parameter: "processes", belowOne: "Number of processes must be at least 1")
        pool = WorkerPool(
            maxWorkers: self.processes, spawnsLazily: false, queueName: name ?? "ThreadPool task queue",
            tracer: tracer
        ) { _ in PythonPoolNaming.nextPoolWorkerName() }
        do {
            try pool.startAllWorkers()
        } catch {
            pool.terminate()
            pool.join()
            throw RuntimeError.cannotStartThread(error)
        }
        PythonPoolNaming.skipPoolHandlerThreads()
    }

    deinit {
        pool.terminate()
        pool.detachWorkers()
    }

    /// Python's `apply(func)`: runs `fn` on a worker and waits for its result, rethrowing its
    /// error. Throws ``ValueError`` ("Pool not running") after ``close()`` or ``terminate()``.
    public func apply<Value: Sendable>(_ fn: @escaping @Sendable () throws -> Value) throws -> Value {
        try applyAsync(fn).get()
    }

    /// Python's `apply_async(func)`: queues `fn` and returns at once. The queue shows it as
    /// `task N`. Throws ``ValueError`` ("Pool not running") after ``close()`` or ``terminate()``.
    public func applyAsync<Value: Sendable>(_ fn: @escaping @Sendable () throws -> Value) throws
        -> AsyncResult<Value>
    {
        let future = Future(tracer: pool.tracer, work: fn)
        guard try pool.submit(future) else { throw ValueError("Pool not running") }
        return AsyncResult(future)
    }

    /// Python's `map(func, iterable, chunksize=None)`: applies `fn` to every item on the
    /// workers and waits for all results, returned in order.
    ///
    /// Items are sent in chunks: by default Python's size, `ceil(len / (4 * processes))`.
    /// Waits for every chunk, then rethrows the error of the earliest failed chunk (Python
    /// rethrows the first to fail in time). Throws ``ValueError`` ("Pool not running") after
    /// ``close()`` or ``terminate()``, and ``CancelledError`` if `terminate()` drops its tasks.
    public func map<Element: Sendable, Value: Sendable>(
        _ fn: @escaping @Sendable (Element) throws -> Value, _ items: some Sequence<Element>,
        chunksize: Int? = nil
    ) throws -> [Value] {
        let items = Array(items)
        let size = chunksize ?? (items.count + processes * 4 - 1) / (processes * 4)
        let job = MapJob(fn, items, chunkSize: size, tracer: pool.tracer)
        try submit(job)
        return try job.allValues(until: nil) ?? []
    }

    /// Python's `imap(func, iterable, chunksize=1)`: like ``map(_:_:chunksize:)`` but returns
    /// at once; the iterator yields results in order, each as soon as it is ready.
    public func imap<Element: Sendable, Value: Sendable>(
        _ fn: @escaping @Sendable (Element) throws -> Value, _ items: some Sequence<Element>,
        chunksize: Int = 1
    ) throws -> IMapIterator<Value> {
        let job = MapJob(fn, items, chunkSize: chunksize, tracer: pool.tracer)
        try submit(job)
        return IMapIterator(job, watcher: nil)
    }

    /// Python's `imap_unordered(func, iterable, chunksize=1)`: like ``imap(_:_:chunksize:)``
    /// but yields results in the order they finish.
    public func imapUnordered<Element: Sendable, Value: Sendable>(
        _ fn: @escaping @Sendable (Element) throws -> Value, _ items: some Sequence<Element>,
        chunksize: Int = 1
    ) throws -> IMapIterator<Value> {
        let watcher = FutureWatcher(tracer: pool.tracer)
        let job = MapJob(fn, items, chunkSize: chunksize, tracer: pool.tracer, watcher: watcher)
        try submit(job)
        return IMapIterator(job, watcher: watcher)
    }

    /// Python's `close()`: accepts no more tasks; the workers exit once the queued ones are done.
    public func close() {
        pool.close()
    }

    /// Python's `terminate()`: accepts no more tasks and drops the queued ones (their results
    /// throw ``CancelledError``). Tasks already running finish; like Python's thread pool, this
    /// does not wait for them: call ``join()``.
    public func terminate() {
        pool.terminate()
    }

    /// Python's `join()`: waits for every worker to exit. Throws ``ValueError`` ("Pool is still
    /// running") unless ``close()`` or ``terminate()`` was called first.
    public func join() throws {
        guard !pool.isOpen else { throw ValueError("Pool is still running") }
        pool.join()
    }

    private func submit<Value>(_ job: MapJob<Value>) throws {
        let accepted: Bool
        do {
            accepted = try pool.submit(chunksOf: job, count: job.chunkCount) { job.chunkLabels[$0] }
        } catch {
            throw RuntimeError.cannotStartThread(error)
        }
        guard accepted else { throw ValueError("Pool not running") }
    }
}

/// Python's `with ThreadPool(...) as pool:`: runs `body` with a new pool and terminates it on
/// the way out (even if `body` throws).
///
/// As in Python, exiting calls `terminate()`, not `close()`: work still queued is lost, so
/// collect every result you need inside `body`. Unlike Python, the exit then also waits for
/// tasks already running, so no worker thread outlives the block.
public func withThreadPool<Outcome>(
    processes: Int? = nil, name: String? = nil, tracer: Tracer = TraceContext.tracer,
    _ body: (ThreadPool) throws -> Outcome
) throws -> Outcome {
    let pool = try ThreadPool(processes: processes, name: name, tracer: tracer)
    defer {
        pool.terminate()
        pool.pool.join()
    }
    return try body(pool)
}
