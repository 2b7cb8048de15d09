import HeapModule

/// Smallest priority first, and among equal priorities the earliest put: `queue.PriorityQueue`
/// made stable.
///
/// A binary heap alone is not stable, so every entry carries an arrival number that breaks
/// ties; that is also what lets the payload be of any type, ordered or not.
@usableFromInline
struct PriorityStorage<Priority: Comparable & Sendable, Payload: Sendable>: QueueStorage {
    @usableFromInline typealias Element = (priority: Priority, element: Payload)

    @usableFromInline var heap = Heap<PriorityEntry<Priority, Payload>>()
    @usableFromInline var arrivals: UInt64 = 0

    @inlinable
    init() {}

    @inlinable
    mutating func insert(_ element: Element) {
        heap.insert(PriorityEntry(priority: element.priority, arrival: arrivals, payload: element.element))
        arrivals &+= 1
    }

    @inlinable
    mutating func removeNext() -> Element {
        let entry = heap.removeMin()
        return (entry.priority, entry.payload)
    }

    /// Written as Swift prints the tuple, close to Python's repr of what a student would put:
    /// `(1, "job")`.
    @inlinable
    package static func describe(_ element: Element) -> String {
        String(describing: (element.priority, element.element))
    }
}

/// A heap entry ordered by priority, then by arrival; the payload never takes part.
@usableFromInline
struct PriorityEntry<Priority: Comparable & Sendable, Payload: Sendable>: Comparable {
    @usableFromInline let priority: Priority
    @usableFromInline let arrival: UInt64
    @usableFromInline let payload: Payload

    @inlinable
    init(priority: Priority, arrival: UInt64, payload: Payload) {
        self.priority = priority
        self.arrival = arrival
        self.payload = payload
    }

    @inlinable
    static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.priority < rhs.priority || (!(rhs.priority < lhs.priority) && lhs.arrival < rhs.arrival)
    }

    @inlinable
    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.priority == rhs.priority && lhs.arrival == rhs.arrival
    }
}
