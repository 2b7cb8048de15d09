import Trace

/// A queue that hands out the item with the smallest priority first: Python's
/// `queue.PriorityQueue`, made stable.
///
/// ```swift
/// let tasks = PriorityQueue<Int, String>()
/// try tasks.put(priority: 2, "write report")     // q.put((2, "write report"))
/// try tasks.put(priority: 1, "fix outage")       // q.put((1, "fix outage"))
/// let next = try tasks.get()                     // (priority: 1, element: "fix outage")
/// ```
///
/// Items are (priority, element) pairs, and only the priority orders them: among equal
/// priorities, items leave in the order they were put. Python's `PriorityQueue` instead
/// compares whole tuples, so equal priorities come out ordered by the next field (and
/// payloads that cannot be compared, such as dicts, raise `TypeError`); to get first-in,
/// first-out among equals in Python one puts `(priority, counter, item)` with an explicit
/// counter. Here that counter is built in, and the element type need not be `Comparable`.
///
/// Otherwise the same API and semantics as ``Queue`` (CPython 3.13, with `shutdown`),
/// including the optional timeout of ``join(timeout:)`` that Python's `join()` lacks.
///
/// Traced as a `.queue` resource whose items are labelled `(priority, element)`; each `get`
/// records the label of the item it actually removed, wherever it sits in arrival order.
public final class PriorityQueue<Priority: Comparable & Sendable, Element: Sendable>: Sendable {
    @usableFromInline let core: QueueCore<PriorityStorage<Priority, Element>>

    /// Creates a priority queue holding at most `maxsize` items; zero or less means no limit,
    /// as `queue.PriorityQueue(maxsize=0)`. `name` labels the queue on the stage.
    public init(maxsize: Int = 0, name: String? = nil, tracer: Tracer = TraceContext.tracer) {
        core = QueueCore(maxsize: maxsize, name: name, tracer: tracer)
    }

    /// The bound given at creation (`q.maxsize`); zero or less means unbounded.
    @inlinable
    public var maxsize: Int { core.state.maxsize }

    /// Adds `item` with `priority` (`q.put((priority, item), block, timeout)`).
    ///
    /// On a full queue, waits for room when `block` is true, at most `timeout` seconds
    /// (nil waits for ever); throws ``QueueFull`` when `block` is false or the timeout passes.
    /// Throws ``QueueShutDown`` once ``shutdown(immediate:)`` was called, and
    /// ``QueueValueError/invalidTimeout(_:)`` for a negative timeout on a bounded queue.
    @inlinable
    public func put(priority: Priority, _ item: Element, block: Bool = true, timeout: Double? = nil) throws {
        try core.put((priority, item), block: block, timeout: timeout)
    }

    /// `put(priority:_:block: false)`: Python's `q.put_nowait((priority, item))`.
    @inlinable
    public func putNowait(priority: Priority, _ item: Element) throws {
        try core.put((priority, item), block: false, timeout: nil)
    }

    /// Removes and returns the pair with the smallest priority, the earliest put among equals
    /// (`q.get(block, timeout)`).
    ///
    /// On an empty queue, waits for an item when `block` is true, at most `timeout` seconds
    /// (nil waits for ever); throws ``QueueEmpty`` when `block` is false or the timeout passes.
    /// Throws ``QueueShutDown`` when the queue is shut down and empty, including for callers
    /// already waiting; ``QueueValueError/invalidTimeout(_:)`` for a negative timeout.
    @inlinable
    public func get(block: Bool = true, timeout: Double? = nil) throws -> (
        priority: Priority, element: Element
    ) {
        try core.get(block: block, timeout: timeout)
    }

    /// `get(block: false)`: Python's `q.get_nowait()`.
    @inlinable
    public func getNowait() throws -> (priority: Priority, element: Element) {
        try core.get(block: false, timeout: nil)
    }

    /// Marks one item taken with `get` as fully processed (`q.task_done()`), so that ``join(timeout:)``
    /// can return once every item put has been marked. Throws
    /// ``QueueValueError/taskDoneTooManyTimes`` when called more often than items were put.
    @inlinable
    public func taskDone() throws {
        try core.state.taskDone()
    }

    /// Waits until every item ever put has been marked with ``taskDone()`` (`q.join()`).
    ///
    /// Python's `join()` has no timeout; here `timeout` seconds (nil for ever) bound the wait,
    /// and the result says whether all tasks were done (false: the timeout passed first).
    /// Traced as waiting on the queue as if empty, with the note "join: waiting for task_done".
    @inlinable
    @discardableResult
    public func join(timeout: Double? = nil) -> Bool {
        core.state.join(timeout: timeout)
    }

    /// The number of items waiting (`q.qsize()`).
    @inlinable
    public func qsize() -> Int {
        core.state.qsize()
    }

    /// Whether no item is waiting (`q.empty()`).
    @inlinable
    public func empty() -> Bool {
        core.state.qsize() == 0
    }

    /// Whether the queue holds `maxsize` items, so a `put` would wait (`q.full()`); always
    /// false for an unbounded queue.
    @inlinable
    public func full() -> Bool {
        core.state.full()
    }

    /// Stops the queue (`q.shutdown(immediate)`, new in Python 3.13).
    ///
    /// Afterwards `put` throws ``QueueShutDown``, and so do producers already waiting for
    /// room. `get` keeps handing out the items left and throws ``QueueShutDown`` once the queue
    /// is empty, waking consumers that wait on it. With `immediate`, the items left are dropped
    /// at once (each counts as done for ``join(timeout:)``), so every `get` throws straight away.
    @inlinable
    public func shutdown(immediate: Bool = false) {
        core.shutdown(immediate: immediate)
    }
}
