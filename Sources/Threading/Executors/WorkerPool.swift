import DequeModule
import Trace

/// The worker threads and job queue behind both ``ThreadPoolExecutor`` and ``ThreadPool``.
///
/// Python implements the two separately; here they share this core so that thread start-up,
/// the queue, shutdown and tracing behave identically and are tested once. Each wrapper adds
/// only its own API and Python's naming and error conventions.
///
/// Workers are traced as thread actors and the queue as a queue resource, so the stage shows
/// pending work piling up and workers waiting on an empty queue. Wake-ups are counted: a
/// submission signals only a worker that is asleep and not already woken, so a busy pool
/// takes no condition-variable traffic at all.
final class WorkerPool: @unchecked Sendable {
    /// Where the pool is in its life; only ever moves forward.
    enum Phase {
        /// Accepting work.
        case open
        /// No new work; workers finish what is queued, then exit.
        case closed
        /// No new work and the queue was dropped; workers exit after their current job.
        case terminated
    }

    /// What a worker takes off the queue: a submitted future or one chunk of a map.
    private enum Job {
        case future(AnyFuture)
        case chunk(ChunkedWork, Int)

        func run(on worker: ActorID) {
            switch self {
            case .future(let future): future.run(on: worker)
            case .chunk(let work, let chunk): work.runChunk(chunk, on: worker)
            }
        }

        func cancel() {
            switch self {
            case .future(let future): future.cancel()
            case .chunk(let work, let chunk): work.cancelChunk(chunk)
            }
        }
    }

    private struct Entry {
        let job: Job
        /// The queue label, present only when tracing.
        let label: String?
    }

    let maxWorkers: Int
    let tracer: Tracer
    let queueID: ResourceID
    private let spawnsLazily: Bool
    private let nameWorker: @Sendable (Int) -> String

    // Everything below is guarded by `mutex`; hence `@unchecked Sendable`.
    private let mutex = PthreadMutex()
    private let workAvailable = PthreadCondition()
    private var queue = Deque<Entry>()
    private var phase = Phase.open
    /// Tasks submitted one at a time so far; names them `task N` in the queue, as both pools show them.
    private var submittedTasks = 0
    private var threads: [NativeThread] = []
    private var liveWorkers = 0
    /// Workers blocked in `workAvailable.wait`.
    private var sleepers = 0
    /// Signals sent to sleepers that have not woken up yet; `sleepers - wakeups` are truly idle.
    private var wakeups = 0

    /// - Parameters:
    ///   - spawnsLazily: start a worker per submission that finds no idle one (the executor),
    ///     rather than all of them in ``startAllWorkers()`` (the pool).
    ///   - nameWorker: the thread name for the worker with the given index, called once per worker.
    init(
        maxWorkers: Int, spawnsLazily: Bool, queueName: String, tracer: Tracer,
        nameWorker: @escaping @Sendable (Int) -> String
    ) {
        self.maxWorkers = maxWorkers
        self.spawnsLazily = spawnsLazily
        self.nameWorker = nameWorker
        self.tracer = tracer
        queueID = tracer.nextResourceID()
        tracer.record(
            actor: TraceContext.currentActor,
            .declareResource(TraceResource(id: queueID, kind: .queue, name: queueName)))
    }

    /// Starts every worker at once, as `multiprocessing.Pool` does in its constructor.
    func startAllWorkers() throws(NativeThreadError) {
        mutex.lock()
        defer { mutex.unlock() }
        while threads.count < maxWorkers {
            try spawnWorker()
        }
    }

    /// Queues `job` as the pool's next numbered task; false when the pool no longer accepts work.
    ///
    /// Throws only when a needed worker thread could not be started; the job then stays queued
    /// for the workers that exist, as in Python, where `submit` raises after queueing.
    func submit(_ job: AnyFuture) throws(RuntimeError) -> Bool {
        do {
            return try queueTask(job)
        } catch {
            throw RuntimeError.cannotStartThread(error)
        }
    }

    private func queueTask(_ job: AnyFuture) throws(NativeThreadError) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        guard phase == .open else { return false }
        submittedTasks += 1
        if tracer.isEnabled {
            let label = "task \(submittedTasks)"
            queue.append(Entry(job: .future(job), label: label))
            // Recorded under the pool lock so the put always precedes the worker's get.
            tracer.record(actor: TraceContext.currentActor, .operation(queueID, .put(item: label)))
        } else {
            queue.append(Entry(job: .future(job), label: nil))
        }
        try adjustWorkers(added: 1)
        return true
    }

    /// Queues every chunk of `work` under one lock acquisition (how `map` submits all its
    /// tasks at once cheaply); `label` names a chunk in the queue and is only called when tracing.
    func submit(chunksOf work: ChunkedWork, count: Int, label: (Int) -> String) throws(NativeThreadError)
        -> Bool
    {
        mutex.lock()
        defer { mutex.unlock() }
        guard phase == .open else { return false }
        if tracer.isEnabled {
            let actor = TraceContext.currentActor
            for chunk in 0..<count {
                let label = label(chunk)
                queue.append(Entry(job: .chunk(work, chunk), label: label))
                tracer.record(actor: actor, .operation(queueID, .put(item: label)))
            }
        } else {
            for chunk in 0..<count {
                queue.append(Entry(job: .chunk(work, chunk), label: nil))
            }
        }
        try adjustWorkers(added: count)
        return true
    }

    /// Stops accepting work; workers finish the queue, then exit. Does not wait.
    package func close() {
        mutex.lock()
        if phase == .open { phase = .closed }
        workAvailable.broadcast()
        mutex.unlock()
    }

    /// Stops accepting work and cancels everything still queued (outside the lock, since that
    /// runs callbacks). Running jobs finish. Does not wait.
    func terminate() {
        mutex.lock()
        phase = .terminated
        let dropped = queue
        queue.removeAll()
        if tracer.isEnabled {
            let actor = TraceContext.currentActor
            for entry in dropped {
                tracer.record(actor: actor, .operation(queueID, .get(item: entry.label)))
            }
        }
        workAvailable.broadcast()
        mutex.unlock()
        for entry in dropped {
            entry.job.cancel()
        }
    }

    /// Waits until every worker started so far has exited. Call after ``close()`` or ``terminate()``.
    package func join() {
        for thread in mutex.withLock({ threads }) {
            thread.join()
        }
    }

    /// Lets the workers exit on their own; for owners going away without joining.
    func detachWorkers() {
        for thread in mutex.withLock({ threads }) {
            thread.detach()
        }
    }

    /// Worker threads started and not yet finished.
    var liveWorkerCount: Int {
        mutex.withLock { liveWorkers }
    }

    /// Worker threads started so far.
    var startedWorkerCount: Int {
        mutex.withLock { threads.count }
    }

    /// Workers asleep on the empty queue and not already woken.
    var idleWorkerCount: Int {
        mutex.withLock { sleepers - wakeups }
    }

    /// Whether the pool still accepts work.
    var isOpen: Bool {
        mutex.withLock { phase == .open }
    }

    // MARK: Workers (all below run with `mutex` held unless said otherwise)

    /// Gives `added` new jobs to idle workers, and starts new workers for the rest if lazy.
    private func adjustWorkers(added: Int) throws(NativeThreadError) {
        let toWake = min(sleepers - wakeups, added)
        if toWake > 0 {
            wakeups += toWake
            for _ in 0..<toWake {
                workAvailable.signal()
            }
        }
        guard spawnsLazily else { return }
        for _ in 0..<min(added - toWake, maxWorkers - threads.count) {
            try spawnWorker()
        }
    }

    private func spawnWorker() throws(NativeThreadError) {
        let actor = tracer.nextActorID()
        let name = nameWorker(threads.count)
        let parent = TraceContext.currentActor
        tracer.record(
            actor: parent,
            .declareActor(TraceActor(id: actor, kind: .thread, name: name, parent: parent)))
        do {
            let thread = try NativeThread.spawn(name: name) { [self] in
                workerLoop(as: actor)
            }
            threads.append(thread)
            liveWorkers += 1
        } catch {
            tracer.record(actor: actor, .transition(.done(.failed(error.description))))
            throw error
        }
    }

    /// A worker's whole life; runs on the worker thread and takes `mutex` itself.
    private func workerLoop(as actor: ActorID) {
        TraceContext.setCurrentActor(actor)
        tracer.record(actor: actor, .transition(.running))
        mutex.lock()
        while true {
            if !queue.isEmpty {
                runFirstJob(as: actor)
                mutex.lock()
                continue
            }
            if phase != .open { break }
            sleepers += 1
            tracer.record(actor: actor, .transition(.waiting(.queue(queueID, .empty))))
            while wakeups == 0 && phase == .open {
                workAvailable.wait(mutex)
            }
            if wakeups > 0 { wakeups -= 1 }
            sleepers -= 1
            tracer.record(actor: actor, .transition(.running))
        }
        liveWorkers -= 1
        tracer.record(actor: actor, .transition(.done(.exited(0))))
        mutex.unlock()
    }

    /// Takes the oldest job and runs it with `mutex` released (entered with it held).
    ///
    /// A function of its own so the job is let go before the caller locks again: its last
    /// release may run user `deinit` code, which must not run under the pool lock.
    private func runFirstJob(as actor: ActorID) {
        let entry = queue.removeFirst()
        if tracer.isEnabled {
            tracer.record(actor: actor, .operation(queueID, .get(item: entry.label)))
        }
        mutex.unlock()
        entry.job.run(on: actor)
    }
}
