import Synchronization

/// The append-only log that every traced primitive writes to.
///
/// A traced primitive records two events per operation, so recording must cost about as much
/// as an uncontended lock. Each thread therefore appends to a buffer of its own, stamped with
/// the CPU's counter (``TraceClock``), without a lock or a clock call; readers take the log's
/// lock, merge every buffer into the log in time order and read a consistent prefix.
public final class TraceRecorder: TraceSink {
    /// Tells recorders apart in the threads' buffers; unlike an address, never reused.
    private static let lastSerial = Atomic<UInt64>(0)

    private let log: EventLog
    @usableFromInline let serial = TraceRecorder.lastSerial.wrappingAdd(1, ordering: .relaxed).newValue
    private let lastActorID = Atomic<Int>(0)
    private let lastResourceID = Atomic<Int>(0)

    /// Creates an empty recorder. Reserving room up front keeps appends from
    /// reallocating (and copying the whole log while holding the lock) in the
    /// middle of a demo.
    public init(reservingCapacity capacity: Int = 16_384) {
        log = EventLog(reservingCapacity: capacity)
    }

    /// Appends an event whose time the caller already chose (for example when
    /// replaying). Events appended this way keep arrival order, not time order.
    public func record(_ event: consuming TraceEvent) {
        log.append(event)
    }

    /// Appends events whose times the caller already chose, in order, like
    /// ``record(_:)`` one by one but merging the threads' buffers once, not once an event.
    public func record(contentsOf events: [TraceEvent]) {
        log.append(contentsOf: events)
    }

    /// Appends an event stamped with the time now, on the ``MonotonicClock`` scale.
    ///
    /// The event waits in the calling thread's buffer until a reader collects it; readers
    /// merge buffers by time, so the log is always in time order, which lets them compute
    /// durations without sorting.
    ///
    /// Inlined so that a primitive's call packs its event where the event is built: what is
    /// known there (an acquire of this lock) packs into a few stores, with nothing to copy.
    @inlinable
    public func record(actor: ActorID, kind: consuming TraceEvent.Kind, note: consuming String? = nil) {
        record(actor: actor, kind: kind, note: note, orderedBy: nil)
    }

    /// Records like ``record(actor:kind:note:)``, stamping the event after `order`'s latest
    /// event instead of with a fence; see ``EventOrder`` for when that is right.
    @inlinable @inline(__always)
    public func record(
        actor: ActorID, kind: consuming TraceEvent.Kind, note: consuming String? = nil,
        orderedBy order: EventOrder?
    ) {
        if note == nil, let packed = PackedEvent(time: 0, actor: actor, kind: kind) {
            // Part by part: passed whole, the event went through memory, where reading it
            // back in wider pieces than it was written in stalled the processor.
            record(
                actor: packed.actor, subject: packed.subject, payload: packed.payload, code: packed.code,
                orderedBy: order)
        } else {
            recordUnpacked(actor: actor, kind: kind, note: note, orderedBy: order)
        }
    }

    /// ``record(actor:kind:note:orderedBy:)`` for an event that does not pack: out of line,
    /// so that building a whole event does not give every traced primitive a frame to fill.
    @usableFromInline @inline(never)
    func recordUnpacked(
        actor: ActorID, kind: consuming TraceEvent.Kind, note: consuming String?, orderedBy order: EventOrder?
    ) {
        recordWhole(TraceEvent(time: 0, actor: actor, kind: kind, note: note), orderedBy: order)
    }

    /// Records that `actor` moved an item labelled `number` into or out of `resource`,
    /// packing the number rather than its text; see
    /// ``Tracer/record(actor:_:of:numbered:orderedBy:)``.
    @inlinable
    public func record(
        actor: ActorID, _ move: ItemMove, of resource: ResourceID, numbered number: Int,
        orderedBy order: EventOrder?
    ) {
        if let packed = PackedEvent(time: 0, actor: actor, move, of: resource, numbered: number) {
            record(
                actor: packed.actor, subject: packed.subject, payload: packed.payload, code: packed.code,
                orderedBy: order)
        } else {
            let kind = TraceEvent.Kind.operation(resource, move.operation(labelled: String(number)))
            recordUnpacked(actor: actor, kind: kind, note: nil, orderedBy: order)
        }
    }

    // Inlined into the primitive: a call, with the registers it saves and restores, cost a
    // good part of recording an event.
    @inlinable @inline(__always)
    func record(
        actor: Int32, subject: Int32, payload: (UInt64, UInt32), code: UInt32, orderedBy order: EventOrder?
    ) {
        if let buffer = ThreadEventBuffer.current(serial: serial),
            buffer._withUnsafeGuaranteedRef({
                $0.append(actor: actor, subject: subject, payload: payload, code: code, orderedBy: order)
            })
        {
            return
        }
        recordInNewBuffer(actor: actor, subject: subject, payload: payload, code: code, orderedBy: order)
    }

    /// ``record(actor:subject:payload:code:orderedBy:)`` when the thread has no buffer with room.
    @usableFromInline
    func recordInNewBuffer(
        actor: Int32, subject: Int32, payload: (UInt64, UInt32), code: UInt32, orderedBy order: EventOrder?
    ) {
        let event = PackedEvent(actor: actor, subject: subject, payload: payload, code: code)
        log.appendStamped(event, orderedBy: order, serial: serial)
    }

    @usableFromInline
    func recordWhole(_ event: consuming TraceEvent, orderedBy order: EventOrder?) {
        // Rare enough for the retain that taking the buffer out of its thread-local costs.
        if let buffer = ThreadEventBuffer.current(serial: serial)?.takeUnretainedValue(),
            buffer.hasRoomForWhole
        {
            let appended = buffer.append(whole: event, orderedBy: order)
            precondition(appended, "a trace buffer with room had none")
            return
        }
        log.appendWhole(event, orderedBy: order, serial: serial)
    }

    /// A copy of everything recorded so far.
    public var events: [TraceEvent] {
        log.events(from: 0).events
    }

    /// Everything recorded at or after `index`, and the index to pass next time.
    ///
    /// This is how a live renderer follows the log: it keeps the returned
    /// `next` and asks again, so nothing is missed or seen twice. An index past
    /// the end yields no events and the current end.
    public func events(from index: Int) -> (events: [TraceEvent], next: Int) {
        log.events(from: index)
    }

    /// The number of events recorded so far.
    public var count: Int {
        log.count
    }

    /// The highest actor and resource IDs handed out so far, so that another process can
    /// continue numbering where this recorder stands.
    public var lastAllocatedIDs: (actor: Int, resource: Int) {
        (lastActorID.load(ordering: .relaxed), lastResourceID.load(ordering: .relaxed))
    }

    /// Makes sure IDs handed out from now on are above `actor` and `resource`: events that
    /// arrive from another process used those IDs already.
    public func skipIDs(throughActor actor: Int, resource: Int) {
        var current = lastActorID.load(ordering: .relaxed)
        while current < actor {
            let (exchanged, original) = lastActorID.compareExchange(
                expected: current, desired: actor, ordering: .relaxed)
            if exchanged { break }
            current = original
        }
        current = lastResourceID.load(ordering: .relaxed)
        while current < resource {
            let (exchanged, original) = lastResourceID.compareExchange(
                expected: current, desired: resource, ordering: .relaxed)
            if exchanged { break }
            current = original
        }
    }

    /// A fresh actor ID, unique within this recorder. Starts at 1.
    public func nextActorID() -> ActorID {
        ActorID(lastActorID.wrappingAdd(1, ordering: .relaxed).newValue)
    }

    /// A fresh resource ID, unique within this recorder. Starts at 1.
    public func nextResourceID() -> ResourceID {
        ResourceID(lastResourceID.wrappingAdd(1, ordering: .relaxed).newValue)
    }
}
