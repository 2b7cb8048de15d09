/// The items of a queue or pipe, oldest first, with both removal rules of ``TraceState``
/// (the first item with a label, or else the oldest) in constant time.
///
/// A plain array made a trace of many puts followed by many gets quadratic: each removal
/// from the front moved everything behind it, which took minutes for half a million items.
/// Both rules always take the oldest item of some label, so per label a list of positions
/// with a moving front is enough; removed slots stay empty until the front passes them.
struct QueueContents: Sendable {
    /// The positions of one label's items in `slots`, oldest first, from `first` on.
    private struct Positions: Sendable {
        var indices: [Int] = []
        var first = 0
    }

    private var slots: [String?] = []
    /// Everything before it is removed, and `slots[front]` is the oldest item, if any.
    private var front = 0
    private var positions: [String: Positions] = [:]

    /// The items, oldest first.
    var items: [String] {
        slots[front...].compactMap { $0 }
    }

    mutating func append(_ item: String) {
        positions[item, default: Positions()].indices.append(slots.count)
        slots.append(item)
    }

    /// What ``remove(matching:)`` would remove: the oldest item labelled `label`, or the
    /// oldest item when there is no label or no match.
    func item(matching label: String?) -> String? {
        if let label, positions[label] != nil { return label }
        return front < slots.count ? slots[front] : nil
    }

    mutating func remove(matching label: String?) {
        guard let item = item(matching: label), var found = positions[item] else { return }
        slots[found.indices[found.first]] = nil
        found.first += 1
        if found.first == found.indices.count {
            positions[item] = nil
        } else {
            if found.first > found.indices.count / 2 {
                found.indices.removeFirst(found.first)
                found.first = 0
            }
            positions[item] = found
        }
        while front < slots.count, slots[front] == nil { front += 1 }
        if front > slots.count / 2 { compact() }
    }

    /// Drops the removed slots before `front` once they are half the array, so memory follows
    /// the items held rather than all items ever put; the cost is repaid by the removals before.
    private mutating func compact() {
        slots.removeFirst(front)
        let shift = front
        positions = positions.mapValues { found in
            Positions(indices: found.indices[found.first...].map { $0 - shift }, first: 0)
        }
        front = 0
    }
}

extension QueueContents: Hashable {
    /// Equal when they hold the same items in the same order, however they got there.
    static func == (lhs: QueueContents, rhs: QueueContents) -> Bool {
        lhs.items == rhs.items
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(items)
    }
}
