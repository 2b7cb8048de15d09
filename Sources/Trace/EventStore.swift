/// The events of an ``EventLog``, in memory it manages itself so that collected events can be
/// moved in bit for bit: appending to an `Array` copies each event (retaining its strings)
/// and destroys the original, which cost as much as recording it.
final class EventStore {
    private var base: UnsafeMutablePointer<TraceEvent>
    private var capacity: Int
    /// Events `0 ..< count` are initialised.
    private(set) var count = 0

    init(reservingCapacity capacity: Int) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Makes room for `additional` more events, growing geometrically.
    func reserve(additional: Int) {
        guard count + additional > capacity else { return }
        let grown = max(count + additional, capacity * 2)
        let moved = UnsafeMutablePointer<TraceEvent>.allocate(capacity: grown)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }

    /// Appends `event`.
    func append(_ event: consuming TraceEvent) {
        reserve(additional: 1)
        (base + count).initialize(to: event)
        count += 1
    }

    /// Moves the event at `source` to the end, leaving `source` uninitialised; the caller
    /// reserved room for it.
    func appendMoving(from source: UnsafeMutablePointer<TraceEvent>) {
        precondition(count < capacity, "no room reserved for a collected event")
        (base + count).moveInitialize(from: source, count: 1)
        count += 1
    }

    /// Copies of the events from `index` on, clamped to the valid range.
    func events(from index: Int) -> [TraceEvent] {
        let start = min(max(index, 0), count)
        return Array(UnsafeBufferPointer(start: base + start, count: count - start))
    }
}
