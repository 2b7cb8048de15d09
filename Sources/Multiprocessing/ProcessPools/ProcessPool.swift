import BinaryFormat
import CPrimitives
import DequeModule
import Threading
import Trace

/// Python's `multiprocessing.Pool` with the `fork` start method: worker processes that run one
/// function over the arguments they are sent.
///
/// How work reaches workers: Python pickles the function by reference and its arguments by
/// value for every task. Spindle fixes the function when the pool is created (`function`), and
/// the workers, forked right then, already hold it, captured state and all: only arguments and
/// results travel, encoded with ``BinaryCoding`` in chunks through shared-memory queues. The
/// price is one function per pool; the gain is that any closure works, with no registry and
/// nothing to look up by name.
///
/// Like every forking primitive it needs a single-threaded parent (see ``OS/fork(name:)``), such
/// as a ``HostedProgram``. The pool is not for use from several threads at once (Python's
/// result-handler threads do not exist here: results are collected whenever the caller waits).
///
/// A task whose function throws reports a ``PoolTaskError`` with the error's description. A
/// worker that dies mid-task fails that task with ``WorkerDiedError`` and is replaced; Python's
/// pool would hang there instead.
public final class ProcessPool<Argument: Codable & Sendable, Output: Codable & Sendable> {
    /// Python's `_processes`: how many workers the pool keeps.
    public let processes: Int
    let runChunk: ChunkRunner
    let tasks: SharedRecordQueue
    let results: SharedRecordQueue
    let slots: WorkerSlots
    var workers: [Process?]
    var state = State.running
    var stopsSent = false
    var nextTask = 0
    var workersStarted = 0
    var backlog: Deque<[UInt8]> = []
    var pending: Set<Int> = []
    var outcomes: [Int: Result<[Output], any Error>] = [:]
    /// Kept from task to task, as are the workers' buffers: see ``submit(_:)-(UnsafeBufferPointer<Argument>)``.
    var taskRecord: [UInt8] = []
    var resultBuffer: [UInt8] = []
    /// Whether the trace shows the caller waiting for results across ``pump(until:)`` slices.
    var resultsWaitOpen = false

    enum State {
        case running, closed, terminated
    }

    /// Room for each direction's encoded chunks.
    static var queueBytes: Int { 8 << 20 }

    /// The pool's function over one chunk: decodes the arguments, applies the function to each
    /// in order (stopping at the first error), and appends the outputs' encoding to `reply`.
    @usableFromInline
    typealias ChunkRunner = (_ arguments: UnsafeRawBufferPointer, _ reply: inout [UInt8]) throws -> Void

    /// Python's `Pool(processes=None)`: starts `processes` workers (default: the CPUs this
    /// process may use) that will run `function`.
    ///
    /// Inlinable so that the chunk runner is compiled where the pool's types are known: run
    /// through this generic class instead, every item cost several runtime calls to copy and
    /// destroy values of unknown type, over a third of a worker's time on a chunk of integers.
    ///
    /// - Throws: ``ValueError`` for fewer than one process; whatever forking throws
    ///   (``ForkInThreadedProcessError``, ``ProcessLimitError``).
    @inlinable
    public convenience init(
        processes: Int? = nil, name: String? = nil, tracer: Tracer = TraceContext.tracer,
        function: @escaping (Argument) throws -> Output
    ) throws {
        try self.init(processes: processes, name: name, tracer: tracer) { encoded, reply in
            let arguments = try BinaryCoding.decode([Argument].self, from: encoded)
            try BinaryCoding.encode(try arguments.map(function), into: &reply)
        }
    }

    @usableFromInline
    init(processes: Int?, name: String?, tracer: Tracer, runChunk: @escaping ChunkRunner) throws {
        let count = processes ?? Int(cprim_cpu_count())
        guard count >= 1 else { throw ValueError("Number of processes must be at least 1") }
        self.processes = count
        self.runChunk = runChunk
        let label = name ?? "pool"
        tasks = try SharedRecordQueue(
            bufferBytes: Self.queueBytes, maxItems: 0, name: "\(label) tasks", tracer: tracer)
        results = try SharedRecordQueue(
            bufferBytes: Self.queueBytes, maxItems: 0, name: "\(label) results", tracer: tracer)
        slots = try WorkerSlots(count: count)
        workers = Array(repeating: nil, count: count)
        do {
            for slot in 0..<count { try startWorker(in: slot) }
        } catch {
            terminate()
            throw error
        }
    }

    deinit {
        if state != .terminated { terminate() }
    }

    /// Python's `apply(func, args)`: runs one call in a worker and waits for its result.
    public func apply(_ argument: Argument) throws -> Output {
        let task = try submit([argument])
        return try waitForOutputs(of: task, until: nil)[0]
    }

    /// Python's `apply_async(func, args)`: sends one call to a worker and returns at once.
    public func applyAsync(_ argument: Argument) throws -> AsyncResult {
        AsyncResult(pool: self, task: try submit([argument]))
    }

    /// Python's `map(func, iterable, chunksize=None)`: sends the arguments in chunks and returns
    /// every output, in order, once all are done. The default chunk size is Python's: the count
    /// divided by four times the number of workers, rounded up.
    public func map(_ arguments: [Argument], chunksize: Int? = nil) throws -> [Output] {
        let chunkTasks = try submitChunks(
            of: arguments, size: chunksize ?? defaultChunksize(for: arguments.count))
        var outputs: [Output] = []
        outputs.reserveCapacity(arguments.count)
        for task in chunkTasks {
            outputs.append(contentsOf: try waitForOutputs(of: task, until: nil))
        }
        return outputs
    }

    /// Python's `imap(func, iterable, chunksize=1)`: outputs in order, each as soon as it and
    /// those before it are done, while later ones are still being computed.
    public func imap(_ arguments: [Argument], chunksize: Int = 1) throws -> IMapIterator {
        IMapIterator(pool: self, tasks: try submitChunks(of: arguments, size: chunksize), ordered: true)
    }

    /// Python's `imap_unordered(func, iterable, chunksize=1)`: outputs in the order they finish.
    public func imapUnordered(_ arguments: [Argument], chunksize: Int = 1) throws -> IMapIterator {
        IMapIterator(pool: self, tasks: try submitChunks(of: arguments, size: chunksize), ordered: false)
    }

    /// Python's `close()`: accepts no more work; the workers exit when the work sent is done.
    public func close() {
        if state == .running { state = .closed }
    }

    /// Python's `terminate()`: stops the workers now; work not finished is lost, and whoever waits
    /// for it gets a ``CancelledError``.
    public func terminate() {
        guard state != .terminated else { return }
        state = .terminated
        for worker in workers.compactMap({ $0 }) where worker.isAlive {
            worker.terminate()
        }
        for worker in workers.compactMap({ $0 }) {
            if (try? worker.join(timeout: 5)) != true {
                worker.kill()
                _ = try? worker.join(timeout: 5)
            }
        }
        backlog.removeAll()
        for task in pending {
            outcomes[task] = .failure(CancelledError("the pool was terminated before this task finished"))
        }
        pending.removeAll()
    }

    /// Python's `join()`: waits for the workers to exit, at most `timeout` seconds (Python waits
    /// for ever); returns whether they all did.
    ///
    /// - Throws: ``ValueError`` `"Pool is still running"` before ``close()`` or ``terminate()``.
    @discardableResult
    public func join(timeout: Double? = nil) throws -> Bool {
        guard state != .running else { throw ValueError("Pool is still running") }
        if state == .closed && !stopsSent {
            stopsSent = true
            for _ in workers {
                backlog.append(PoolWire.record(kind: PoolWire.TaskKind.stop.rawValue, task: -1, payload: []))
            }
        }
        let deadline = Deadline.after(seconds: timeout)
        defer { endResultsWait() }
        while workers.contains(where: { $0?.isAlive == true }) {
            if let deadline, deadline.hasPassed { return false }
            try pump(until: deadline)
        }
        return true
    }

    private func defaultChunksize(for count: Int) -> Int {
        let (quotient, remainder) = count.quotientAndRemainder(dividingBy: processes * 4)
        return max(1, quotient + (remainder > 0 ? 1 : 0))
    }
}

/// Python's `with Pool() as pool:`: runs `body` with a new pool and terminates it when `body`
/// ends, however it ends, as Python's `__exit__` does: work still running is lost.
public func withProcessPool<Argument: Codable & Sendable, Output: Codable & Sendable, Result>(
    processes: Int? = nil, name: String? = nil, function: @escaping (Argument) throws -> Output,
    _ body: (ProcessPool<Argument, Output>) throws -> Result
) throws -> Result {
    let pool = try ProcessPool(processes: processes, name: name, function: function)
    defer { pool.terminate() }
    return try body(pool)
}
