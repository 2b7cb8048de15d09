import Trace

/// A last-in, first-out queue, a stack shared between threads: Python's `queue.LifoQueue`.
///
/// ```swift
/// let pages = LifoQueue<String>()
/// try pages.put("home")                 // q.put("home")
/// try pages.put("about")
/// let last = try pages.get()            // "about"
/// ```
///
/// The same API and semantics as ``Queue`` (CPython 3.13, with `shutdown`) except for the
/// order: `get` returns the item put most recently. Like ``Queue``, ``join(timeout:)``
/// takes an optional timeout that Python's `join()` lacks.
///
/// Traced as a `.queue` resource like ``Queue``. The stage lists items oldest first and a
/// `get` removes the first item with the taken item's label, so when several items share a
/// label the picture may show them in a different order than the stack holds them.
public final class LifoQueue<Element: Sendable>: Sendable {
    @usableFromInline let core: QueueCore<LIFOStorage<Element>>

    /// Creates a stack holding at most `maxsize` items; zero or less means no limit, as
    /// `queue.LifoQueue(maxsize=0)`. `name` labels the queue on the stage.
    public init(maxsize: Int = 0, name: String? = nil, tracer: Tracer = TraceContext.tracer) {
        core = QueueCore(maxsize: maxsize, name: name, tracer: tracer)
    }

    /// The bound given at creation (`q.maxsize`); zero or less means unbounded.
    @inlinable
    public var maxsize: Int { core.state.maxsize }

    /// Adds `item` on top (`q.put(item, block, timeout)`).
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

    /// Removes and returns the item on top, the one put last (`q.get(block, timeout)`).
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
