import Trace

/// The part of a queue that does not depend on what it holds: the lock, the waiting, the
/// counts, task tracking, shutdown and tracing. CPython 3.13's `queue.Queue` algorithm.
///
/// It is not generic so that it compiles once, inside this module, against the internal
/// pthread wrappers, while ``QueueCore`` (generic, inlinable) is specialised in each client
/// for its element type. A `put` or `get` is therefore a bracket: `lockFor…` takes the lock
/// and waits until the operation may proceed, the caller moves the item in or out of its
/// storage, and `unlockAfter…` updates the counts, wakes one waiter if any, and unlocks.
///
/// One mutex guards everything, as in CPython, where `not_empty`, `not_full` and
/// `all_tasks_done` are conditions over the same lock. Unlike CPython, a condition is
/// signalled only when someone waits on it (the waiter counts), so an uncontended `put` or
/// `get` is one lock, one container operation and one unlock.
///
/// `@unchecked Sendable`: every `var` below is read and written only while holding `mutex`.
@usableFromInline
final class QueueState: @unchecked Sendable {
    /// As given to the initialiser; zero or less means unbounded, as in Python.
    @usableFromInline let maxsize: Int
    @usableFromInline package let resource: ResourceID
    @usableFromInline let tracer: Tracer
    /// Orders the puts and gets, all recorded holding `mutex`.
    private let order = EventOrder()

    private let mutex = PthreadMutex()
    private let notEmpty = PthreadCondition()
    private let notFull = PthreadCondition()
    private let allTasksDone = PthreadCondition()

    /// Items in the storage; kept here so waiting needs no access to the generic storage.
    private var count = 0
    private var unfinishedTasks = 0
    private var isShutDown = false
    private var getters = 0
    private var putters = 0
    private var joiners = 0

    init(maxsize: Int, name: String?, tracer: Tracer) {
        self.maxsize = maxsize
        self.tracer = tracer
        resource = tracer.nextResourceID()
        tracer.record(
            actor: TraceContext.currentActor,
            .declareResource(
                TraceResource(
                    id: resource, kind: .queue, name: name ?? "", capacity: maxsize > 0 ? maxsize : nil)))
    }

    private var isFull: Bool {
        maxsize > 0 && count >= maxsize
    }

    // MARK: put

    /// Takes the lock and waits until one item may be stored; returns holding the lock, or
    /// throws having released it.
    @usableFromInline
    func lockForPut(block: Bool, timeout: Double?) throws {
        mutex.lock()
        do {
            if isShutDown { throw QueueShutDown() }
            if maxsize > 0 && block { try Self.validate(timeout) }
            if isFull {
                guard block else { throw QueueFull() }
                try waitForRoom(until: Deadline.after(seconds: timeout))
            }
        } catch {
            mutex.unlock()
            throw error
        }
    }

    /// Counts the item the caller stored under the lock, wakes one consumer if any waits,
    /// and releases the lock.
    @usableFromInline
    func unlockAfterPut() {
        count += 1
        unfinishedTasks += 1
        if getters > 0 { notEmpty.signal() }
        mutex.unlock()
    }

    /// Shutdown wins over room, as in CPython, so a producer woken by `shutdown()` never
    /// slips its item in.
    private func waitForRoom(until deadline: Deadline?) throws {
        var reported = false
        defer { if reported { reportRunning() } }
        while true {
            if isShutDown { throw QueueShutDown() }
            if !isFull { return }
            if let deadline, deadline.hasPassed { throw QueueFull() }
            if !reported {
                reported = true
                reportWaiting(.full, note: nil)
            }
            putters += 1
            _ = notFull.wait(mutex, until: deadline)
            putters -= 1
        }
    }

    // MARK: get

    /// Takes the lock and waits until there is an item to remove; returns holding the lock,
    /// or throws having released it.
    @usableFromInline
    func lockForGet(block: Bool, timeout: Double?) throws {
        mutex.lock()
        do {
            if count == 0 && isShutDown { throw QueueShutDown() }
            if block { try Self.validate(timeout) }
            if count == 0 {
                guard block else { throw QueueEmpty() }
                try waitForItem(until: Deadline.after(seconds: timeout))
            }
        } catch {
            mutex.unlock()
            throw error
        }
    }

    /// Counts the item the caller removed under the lock, wakes one producer if any waits,
    /// and releases the lock.
    @usableFromInline
    func unlockAfterGet() {
        count -= 1
        if putters > 0 { notFull.signal() }
        mutex.unlock()
    }

    /// Items still there after `shutdown()` are handed out; only an empty shut-down queue throws.
    private func waitForItem(until deadline: Deadline?) throws {
        var reported = false
        defer { if reported { reportRunning() } }
        while count == 0 {
            if isShutDown { throw QueueShutDown() }
            if let deadline, deadline.hasPassed { throw QueueEmpty() }
            if !reported {
                reported = true
                reportWaiting(.empty, note: nil)
            }
            getters += 1
            _ = notEmpty.wait(mutex, until: deadline)
            getters -= 1
        }
    }

    /// Python raises `ValueError` for a negative timeout only where it could wait; NaN is
    /// refused too because no deadline can be computed from it.
    private static func validate(_ timeout: Double?) throws {
        if let timeout, !(timeout >= 0) { throw QueueValueError.invalidTimeout(timeout) }
    }

    // MARK: task tracking

    @usableFromInline
    func taskDone() throws {
        mutex.lock()
        defer { mutex.unlock() }
        guard unfinishedTasks > 0 else { throw QueueValueError.taskDoneTooManyTimes }
        unfinishedTasks -= 1
        if unfinishedTasks == 0 && joiners > 0 { allTasksDone.broadcast() }
    }

    @usableFromInline
    package func join(timeout: Double?) -> Bool {
        let deadline = Deadline.after(seconds: timeout)
        mutex.lock()
        defer { mutex.unlock() }
        var reported = false
        defer { if reported { reportRunning() } }
        while unfinishedTasks > 0 {
            if let deadline, deadline.hasPassed { return false }
            if !reported {
                reported = true
                reportWaiting(.empty, note: "join: waiting for task_done")
            }
            joiners += 1
            _ = allTasksDone.wait(mutex, until: deadline)
            joiners -= 1
        }
        return true
    }

    // MARK: shutdown

    /// Takes the lock and marks the queue shut down; the caller then, if `immediate`, removes
    /// the ``lockedCount`` items left, reporting each to ``countDropped(label:)``, and finishes
    /// with ``unlockAfterShutdown(immediate:)``.
    @usableFromInline
    func lockForShutdown(immediate: Bool) {
        mutex.lock()
        isShutDown = true
        if tracer.isEnabled {
            tracer.record(
                actor: TraceContext.currentActor, .note("shutdown(immediate=\(immediate ? "True" : "False"))")
            )
        }
    }

    /// The items left, for the caller to drop after ``lockForShutdown(immediate:)``.
    @usableFromInline
    var lockedCount: Int { count }

    /// Counts one item dropped by an immediate shutdown. A dropped item counts as done, as in
    /// CPython, so `join` goes on waiting only for items that consumers already took.
    @usableFromInline
    func countDropped(label: @autoclosure () -> String) {
        count -= 1
        if unfinishedTasks > 0 { unfinishedTasks -= 1 }
        tracer.record(
            actor: TraceContext.currentActor,
            .operation(resource, .get(item: label())),
            note: "dropped by shutdown(immediate=True)")
    }

    /// Wakes everyone who waits, so each re-checks and throws or returns, and unlocks.
    @usableFromInline
    func unlockAfterShutdown(immediate: Bool) {
        if immediate && joiners > 0 { allTasksDone.broadcast() }
        if getters > 0 { notEmpty.broadcast() }
        if putters > 0 { notFull.broadcast() }
        mutex.unlock()
    }

    // MARK: queries

    @usableFromInline
    func qsize() -> Int {
        mutex.withLock { count }
    }

    @usableFromInline
    func full() -> Bool {
        mutex.withLock { isFull }
    }

    // MARK: tracing

    /// Records a put or get of an item whose label is the whole number `number`, which the
    /// recorder turns into text only when the event is read.
    @usableFromInline
    package func record(_ move: ItemMove, numbered number: Int) {
        tracer.record(
            actor: TraceContext.currentActor, move, of: resource, numbered: number, orderedBy: order)
    }

    /// Records an operation by the calling thread; the caller checks `tracer.isEnabled` first
    /// so that no label is built when tracing is off.
    @usableFromInline
    package func record(_ operation: ResourceOperation) {
        tracer.record(actor: TraceContext.currentActor, .operation(resource, operation), orderedBy: order)
    }

    /// The stage's label for an item: its description cut to at most 40 characters.
    @usableFromInline
    static func label(_ description: String) -> String {
        // The byte count first: it bounds the character count and is much cheaper to take.
        description.utf8.count <= 40 || description.count <= 40
            ? description : String(description.prefix(39)) + "…"
    }

    private func reportWaiting(_ status: ActorState.Wait.QueueStatus, note: String?) {
        tracer.record(
            actor: TraceContext.currentActor, .transition(.waiting(.queue(resource, status))), note: note)
    }

    private func reportRunning() {
        tracer.record(actor: TraceContext.currentActor, .transition(.running))
    }
}
