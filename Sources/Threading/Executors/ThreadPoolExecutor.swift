import DequeModule
import Trace

/// Python's `concurrent.futures.ThreadPoolExecutor`: runs submitted functions on a pool of
/// worker threads and hands back a ``Future`` for each.
///
/// As in Python, workers start lazily: a submission that finds no idle worker starts a new one,
/// up to `maxWorkers`. They are traced as thread actors named `ThreadPoolExecutor-0_0`,
/// `ThreadPoolExecutor-0_1`, ... (or `<threadNamePrefix>_0`, ...), and the work queue as a queue
/// resource, so the stage shows tasks waiting for a free worker. Prefer
/// ``withExecutor(maxWorkers:threadNamePrefix:name:tracer:_:)``, Python's
/// `with ThreadPoolExecutor() as executor:`, so the pool is always shut down.
///
/// Dropping the executor without ``shutdown(wait:cancelFutures:)`` lets its workers finish the
/// queued work and exit on their own, as Python does when an executor is garbage-collected.
public final class ThreadPoolExecutor: Sendable {
    /// The most worker threads this executor starts; Python's `_max_workers`.
    public let maxWorkers: Int
    /// The prefix of the worker thread names, `ThreadPoolExecutor-N` unless one was given.
    public let threadNamePrefix: String

    // Sendable without `@unchecked`: `WorkerPool` guards its own state and the counter is atomic.
    let pool: WorkerPool

    /// Python's `ThreadPoolExecutor(max_workers=None, thread_name_prefix='')`.
    ///
    /// - Parameters:
    ///   - maxWorkers: at most this many threads; nil means `min(32, cpuCount + 4)`, Python 3.8's
    ///     default. Throws ``ValueError`` below 1 (as Python) or above 256 (Spindle's cap).
    ///   - threadNamePrefix: names workers `<prefix>_0`, `<prefix>_1`, ...
    ///   - name: the label of the work queue in the trace; `<prefix> work queue` by default.
    ///   - tracer: where the workers and the queue report.
    public init(
        maxWorkers: Int? = nil, threadNamePrefix: String = "", name: String? = nil,
        tracer: Tracer = TraceContext.tracer
    ) throws {
        self.maxWorkers = try PythonPoolNaming.validatedWorkerCount(
            maxWorkers ?? min(32, PythonPoolNaming.cpuCount + 4),
            parameter: "max_workers", belowOne: "max_workers must be greater than 0")
        let prefix = threadNamePrefix.isEmpty ? PythonPoolNaming.nextExecutorPrefix() : threadNamePrefix
        self.threadNamePrefix = prefix
        pool = WorkerPool(
            maxWorkers: self.maxWorkers, spawnsLazily: true, queueName: name ?? "\(prefix) work queue",
            tracer: tracer
        ) { index in "\(prefix)_\(index)" }
    }

    deinit {
        pool.close()
        pool.detachWorkers()
    }

    /// Python's `submit(fn, /, *args, **kwargs)`: schedules `fn` (capture the arguments in the
    /// closure) and returns its future. The queue shows it as `task N`.
    ///
    /// Throws ``RuntimeError`` ("cannot schedule new futures after shutdown") once shut down, and
    /// ``RuntimeError`` ("can't start new thread") if the system refuses a needed worker thread.
    public func submit<Value: Sendable>(_ fn: @escaping @Sendable () throws -> Value) throws -> Future<Value>
    {
        let future = Future(tracer: pool.tracer, work: fn)
        guard try pool.submit(future) else {
            throw RuntimeError("cannot schedule new futures after shutdown")
        }
        return future
    }

    /// Python's `map(fn, *iterables, timeout=None)`: submits `fn(item)` for every item at once,
    /// then yields the results in the order of `items` as you iterate, each as soon as it is ready.
    ///
    /// An error thrown by `fn` is rethrown by ``ExecutorMapIterator/next()`` when its turn comes.
    /// With a `timeout`, `next()` throws ``TimeoutError`` if a result is not ready by `timeout`
    /// seconds after this call. The queue shows each item's description.
    public func map<Element: Sendable, Value: Sendable>(
        _ fn: @escaping @Sendable (Element) throws -> Value, _ items: some Sequence<Element>,
        timeout: Double? = nil
    ) throws -> ExecutorMapIterator<Value> {
        let deadline = Deadline.after(seconds: timeout)
        let job = MapJob(fn, items, chunkSize: 1, tracer: pool.tracer)
        let accepted: Bool
        do {
            accepted = try pool.submit(chunksOf: job, count: job.chunkCount) { job.chunkLabels[$0] }
        } catch {
            throw RuntimeError.cannotStartThread(error)
        }
        guard accepted else { throw RuntimeError("cannot schedule new futures after shutdown") }
        return ExecutorMapIterator(job, deadline: deadline)
    }

    /// Python's `shutdown(wait=True, *, cancel_futures=False)`: accepts no more work and lets
    /// the workers exit once the queue is empty.
    ///
    /// With `cancelFutures`, futures still queued are cancelled (their ``Future/result(timeout:)``
    /// throws ``CancelledError``); running ones always finish. With `wait`, returns only once
    /// every worker thread has exited. Calling it again is harmless.
    public func shutdown(wait: Bool = true, cancelFutures: Bool = false) {
        if cancelFutures {
            pool.terminate()
        } else {
            pool.close()
        }
        if wait {
            pool.join()
        }
    }
}

/// Python's `with ThreadPoolExecutor(...) as executor:`: runs `body` with a new executor and
/// shuts it down on the way out, waiting for all submitted work to finish (even if `body` throws).
public func withExecutor<Outcome>(
    maxWorkers: Int? = nil, threadNamePrefix: String = "", name: String? = nil,
    tracer: Tracer = TraceContext.tracer, _ body: (ThreadPoolExecutor) throws -> Outcome
) throws -> Outcome {
    let executor = try ThreadPoolExecutor(
        maxWorkers: maxWorkers, threadNamePrefix: threadNamePrefix, name: name, tracer: tracer)
    defer { executor.shutdown(wait: true) }
    return try body(executor)
}
