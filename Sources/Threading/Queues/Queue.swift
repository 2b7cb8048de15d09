import Trace

/// A first-in, first-out queue for handing work between threads: Python's `queue.Queue`.
///
/// ```swift
/// let jobs = Queue<String>(maxsize: 10)
/// try jobs.put("resize photo.jpg")      // q.put("resize photo.jpg")
/// let job = try jobs.get()              // q.get()
/// try jobs.taskDone()                   // q.task_done()
/// jobs.join()                           // q.join()
/// ```
///
/// Semantics follow CPython 3.13, including ``shutdown(immediate:)``. Differences from Python:
/// ``join(timeout:)`` takes an optional timeout (Python's `join()` has none), because every
/// blocking call here has a way out; `qsize()`, `empty()` and `full()` are exact at the
/// moment they return but, as in Python, may be stale by the time the caller acts on them.
///
/// Traced as a `.queue` resource whose capacity is `maxsize` (none when unbounded): every
/// `put`/`get` records the item's label, and a blocked producer or consumer shows as waiting
/// on the full or empty queue.
public final class Queue<Element: Sendable>: Sendable {
    @usableFromInline let core: QueueCore<FIFOStorage<Element>>

    /// Creates a queue holding at most `maxsize` items; zero or less means no limit, as
    /// `queue.Queue(maxsize=0)`. `name` labels the queue on the stage.
    public init(maxsize: Int = 0, name: String? = nil, tracer: Tracer = TraceContext.tracer) {
        core = QueueCore(maxsize: maxsize, name: name, tracer: tracer)
    }

    /// The bound given at creation (`q.maxsize`); zero or less means unbounded.
    @inlinable
    public var maxsize: Int { core.state.maxsize }

    /// Adds `item` at the back (`q.put(item, block, timeout)`).
    ///
    /// On a full queue, waits for room when `block` is true, at most `timeout` seconds
    /// (nil waits for ever); throws ``QueueFull`` when `block` is false or the timeout passes.
    /// Throws ``QueueShutDown`` once ``shutdown(immediate:)`` was called, and
    /// ``QueueValueError/invalidTimeout(_:)`` for a negative timeout on a bounded queue.
    @inlinable
    public func put(_ item: Element, block: Bool = true, timeout: Double? = nil) throws {
        try core.put(item, block: block, timeout: timeout)
    }

    /// `put(item, block: false)`: Python's `q.put_nowait(item)`.
    @inlinable
    public func putNowait(_ item: Element) throws {
        try core.put(item, block: false, timeout: nil)
    }

    /// Removes and returns the item at the front (`q.get(block, timeout)`).
    ///
    /// On an empty queue, waits for an item when `block` is true, at most `timeout` seconds
    /// (nil waits for ever); throws ``QueueEmpty`` when `block` is false or the timeout passes.
    /// Throws ``QueueShutDown`` when the queue is shut down and empty, including for callers
    /// already waiting; ``QueueValueError/invalidTimeout(_:)`` for a negative timeout.
    @inlinable
    public func get(block: Bool = true, timeout: Double? = nil) throws -> Element {
        try core.get(block: block, timeout: timeout)
    }

    /// `get(block: false)`: Python's `q.get_nowait()`.
    @inlinable
    public func getNowait() throws -> Element {
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
