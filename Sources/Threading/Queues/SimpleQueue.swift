import Trace

/// An unbounded first-in, first-out queue without task tracking: Python's `queue.SimpleQueue`.
///
/// ```swift
/// let results = SimpleQueue<Int>()
/// try results.put(42)                   // q.put(42)
/// let value = try results.get()         // q.get()
/// ```
///
/// As in Python there is no `maxsize`, `taskDone`, `join` or `shutdown`, so `put` never
/// waits and never fails. Python's `put` accepts `block` and `timeout` only for
/// compatibility with `Queue` and ignores them; here `put` takes neither.
///
/// Traced as an unbounded `.queue` resource, like ``Queue``.
public final class SimpleQueue<Element: Sendable>: Sendable {
    @usableFromInline let core: QueueCore<FIFOStorage<Element>>

    /// Creates an empty queue (`queue.SimpleQueue()`). `name` labels the queue on the stage.
    public init(name: String? = nil, tracer: Tracer = TraceContext.tracer) {
        core = QueueCore(maxsize: 0, name: name, tracer: tracer)
    }

    /// Adds `item` at the back (`q.put(item)`); never waits.
    @inlinable
    public func put(_ item: Element) {
        // An unbounded queue that is never shut down has no way to refuse an item.
        try! core.put(item, block: false, timeout: nil)
    }

    /// The same as ``put(_:)``: Python's `q.put_nowait(item)`.
    @inlinable
    public func putNowait(_ item: Element) {
        put(item)
    }

    /// Removes and returns the item at the front (`q.get(block, timeout)`).
    ///
    /// On an empty queue, waits for an item when `block` is true, at most `timeout` seconds
    /// (nil waits for ever); throws ``QueueEmpty`` when `block` is false or the timeout passes,
    /// and ``QueueValueError/invalidTimeout(_:)`` for a negative timeout.
    @inlinable
    public func get(block: Bool = true, timeout: Double? = nil) throws -> Element {
        try core.get(block: block, timeout: timeout)
    }

    /// `get(block: false)`: Python's `q.get_nowait()`.
    @inlinable
    public func getNowait() throws -> Element {
        try core.get(block: false, timeout: nil)
    }

    /// Whether no item is waiting (`q.empty()`).
    @inlinable
    public func empty() -> Bool {
        core.state.qsize() == 0
    }

    /// The number of items waiting (`q.qsize()`).
    @inlinable
    public func qsize() -> Int {
        core.state.qsize()
    }
}
