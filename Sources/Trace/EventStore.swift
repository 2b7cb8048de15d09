/// The events of an ``EventLog``, packed (see ``PackedEvent``) in memory it manages itself, so
/// that collected events are copied in bit for bit and the log's pages fill half as fast.
final class EventStore {
    /// Allocated with the first event: threads record into buffers of their own, and a
    /// recorder nobody reads yet should not hold memory that recording could have reused.
    private var base: UnsafeMutablePointer<PackedEvent>?
    /// What `base` holds, or will hold once allocated.
    private var capacity: Int
    /// Events `0 ..< count` are initialised.
    private(set) var count = 0
    /// The events that do not pack, in order; their packed entries hold their index here.
    private var wholeEvents: [TraceEvent] = []

    init(reservingCapacity capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    deinit {
        // Packed events are plain data: nothing to deinitialise.
        base?.deallocate()
    }

    /// Makes room for `additional` more events, growing geometrically.
    func reserve(additional: Int) {
        guard let base else {
            capacity = max(capacity, additional)
            self.base = .allocate(capacity: capacity)
            return
        }
        guard count + additional > capacity else { return }
        let grown = max(count + additional, capacity * 2)
        let moved = UnsafeMutablePointer<PackedEvent>.allocate(capacity: grown)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        self.base = moved
        capacity = grown
    }

    /// Appends `event`, packed if it packs.
    func append(_ event: consuming TraceEvent) {
        reserve(additional: 1)
        if event.note == nil, event.source == nil,
            let packed = PackedEvent(time: event.time, actor: event.actor, kind: event.kind)
        {
            (base! + count).initialize(to: packed)
        } else {
            (base! + count).initialize(to: PackedEvent(time: event.time, wholeAt: wholeEvents.count))
            wholeEvents.append(event)
        }
        count += 1
    }

    /// Appends an event a thread's buffer packed; the caller reserved room for it.
    @inline(__always)
    func append(packed event: PackedEvent) {
        precondition(count < capacity, "no room reserved for a collected event")
        (base! + count).initialize(to: event)
        count += 1
    }

    /// Appends an event that a thread's buffer kept whole, at `time`; the caller reserved room
    /// for it.
    func append(whole event: consuming TraceEvent, at time: UInt64) {
        precondition(count < capacity, "no room reserved for a collected event")
        (base! + count).initialize(to: PackedEvent(time: time, wholeAt: wholeEvents.count))
        wholeEvents.append(event)
        count += 1
    }

    /// The events from `index` on, clamped to the valid range.
    func events(from index: Int) -> [TraceEvent] {
        let start = min(max(index, 0), count)
        return (start..<count).map { position in
            base![position].unpacked { wholeEvents[$0] }
        }
    }
}
