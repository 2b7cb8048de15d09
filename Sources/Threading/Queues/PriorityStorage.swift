/// Smallest priority first, and among equal priorities the earliest put: `queue.PriorityQueue`
/// made stable.
///
/// A binary heap alone is not stable, so every entry carries an arrival number that breaks
/// ties; that is also what lets the payload be of any type, ordered or not.
///
/// The heap is a plain binary min-heap in an array, as Python's `heapq`, and takes the smallest
/// out the way `heapq.heappop` does: the hole at the root goes down along the smaller children
/// to a leaf, and the last entry goes up from there, which costs about half the comparisons of
/// sifting the last entry down from the root. swift-collections' `Heap` is a min-max heap,
/// whose extra order (for a largest that a queue never takes) made its removal the larger part
/// of a `get`.
@usableFromInline
struct PriorityStorage<Priority: Comparable & Sendable, Payload: Sendable>: QueueStorage {
    @usableFromInline typealias Element = (priority: Priority, element: Payload)
    @usableFromInline typealias Entry = PriorityEntry<Priority, Payload>

    /// The heap: every entry is no larger than the two at `2i + 1` and `2i + 2`.
    @usableFromInline var entries: ContiguousArray<Entry> = []
    @usableFromInline var arrivals: UInt64 = 0

    @inlinable
    init() {}

    @inlinable
    mutating func insert(_ element: Element) {
        entries.append(Entry(priority: element.priority, arrival: arrivals, payload: element.element))
        arrivals &+= 1
        entries.withUnsafeMutableBufferPointer { heap in
            Self.raise(heap[heap.count - 1], from: heap.count - 1, in: heap)
        }
    }

    @inlinable
    mutating func removeNext() -> Element {
        let last = entries.removeLast()
        guard !entries.isEmpty else { return (last.priority, last.payload) }
        let smallest = entries.withUnsafeMutableBufferPointer { heap in
            let smallest = heap[0]
            var hole = 0
            while true {
                var child = 2 * hole + 1
                guard child < heap.count else { break }
                if child + 1 < heap.count && heap[child + 1] < heap[child] { child += 1 }
                heap[hole] = heap[child]
                hole = child
            }
            Self.raise(last, from: hole, in: heap)
            return smallest
        }
        return (smallest.priority, smallest.payload)
    }

    /// Puts `entry` at `index`, or above it where the entries above are larger.
    @inlinable
    static func raise(_ entry: Entry, from index: Int, in heap: UnsafeMutableBufferPointer<Entry>) {
        var index = index
        while index > 0 {
            let parent = (index - 1) / 2
            guard entry < heap[parent] else { break }
            heap[index] = heap[parent]
            index = parent
        }
        heap[index] = entry
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
