import DequeModule

/// The one thing the four queue types differ in: which item `get` takes next.
///
/// ``QueueCore`` is generic over this so that locking, blocking, shutdown, task counting and
/// tracing exist once; each conforming type is a thin wrapper over a container (a
/// swift-collections `Deque`, an array, the priority queue's binary heap) that never allocates
/// per operation once it has grown. The count lives
/// in ``QueueState``, which needs it to decide whether to wait.
@usableFromInline
protocol QueueStorage {
    associatedtype Element: Sendable

    init()

    mutating func insert(_ element: Element)

    /// Removes the item `get` returns; only called when the storage is not empty.
    mutating func removeNext() -> Element

    /// How the item appears in the stage's picture of the queue (before truncation).
    static func describe(_ element: Element) -> String
}

extension QueueStorage {
    @inlinable
    package static func describe(_ element: Element) -> String {
        // Whole numbers and strings, what most demos queue, skip the protocol lookups of
        // `String(describing:)`, which cost several times the queue operation itself.
        switch element {
        case let number as Int: String(number)
        case let text as String: text
        default: String(describing: element)
        }
    }
}

/// First in, first out: `queue.Queue`.
@usableFromInline
struct FIFOStorage<Element: Sendable>: QueueStorage {
    @usableFromInline var items = Deque<Element>()

    @inlinable
    init() {}

    @inlinable
    mutating func insert(_ element: Element) {
        items.append(element)
    }

    @inlinable
    mutating func removeNext() -> Element {
        items.removeFirst()
    }
}

/// Last in, first out: `queue.LifoQueue`.
@usableFromInline
struct LIFOStorage<Element: Sendable>: QueueStorage {
    @usableFromInline var items: [Element] = []

    @inlinable
    init() {}

    @inlinable
    mutating func insert(_ element: Element) {
        items.append(element)
    }

    @inlinable
    mutating func removeNext() -> Element {
        items.removeLast()
    }
}
