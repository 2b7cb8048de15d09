/// A list kept as a heap by CPython's `heapq.heappush` and `heappop` (the C versions in
/// `_heapqmodule.c`, which swap items in place): what `queue.PriorityQueue` stores. Every
/// comparison is Python's `<`, so a `TypeError` happens at exactly the put or get where Python
/// would raise it.
struct PythonHeap {
    private var items: [PythonValue] = []
    private var ties: [PythonTie] = []

    /// Whether the heap holds nothing.
    var isEmpty: Bool { items.isEmpty }

    /// The comparisons since the last call that had to look past equal first fields.
    mutating func takeTies() -> [PythonTie] {
        defer { ties = [] }
        return ties
    }

    /// `heappush(heap, item)`: appends, then sifts the item up towards the root.
    /// As in CPython, an item whose comparison raised stays in the list.
    mutating func push(_ item: PythonValue) throws {
        items.append(item)
        try siftDown(start: 0, position: items.count - 1)
    }

    /// `heappop(heap)`: the smallest item; the last item takes its place and sinks to a leaf,
    /// then rises to where it belongs. Only called when the heap is not empty.
    mutating func pop() throws -> PythonValue {
        let last = items.removeLast()
        guard !items.isEmpty else { return last }
        let first = items[0]
        items[0] = last
        try siftUp(0)
        return first
    }

    /// CPython's `siftdown`: moves the item at `position` up while it is smaller than its parent.
    private mutating func siftDown(start: Int, position: Int) throws {
        var position = position
        while position > start {
            let parent = (position - 1) >> 1
            guard try PythonValue.isLess(items[position], items[parent], ties: &ties) else { break }
            items.swapAt(position, parent)
            position = parent
        }
    }

    /// CPython's `siftup`: moves the smaller child up until a leaf, then sifts down from there.
    private mutating func siftUp(_ start: Int) throws {
        var position = start
        let limit = items.count >> 1
        while position < limit {
            var child = 2 * position + 1
            if child + 1 < items.count, try !PythonValue.isLess(items[child], items[child + 1], ties: &ties) {
                child += 1
            }
            items.swapAt(position, child)
            position = child
        }
        try siftDown(start: start, position: position)
    }
}
