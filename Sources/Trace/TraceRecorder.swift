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
    private let serial = TraceRecorder.lastSerial.wrappingAdd(1, ordering: .relaxed).newValue
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

    /// Appends an event stamped with the time now, on the ``MonotonicClock`` scale.
    ///
    /// The event waits in the calling thread's buffer until a reader collects it; readers
    /// merge buffers by time, so the log is always in time order, which lets them compute
    /// durations without sorting.
    public func record(actor: ActorID, kind: consuming TraceEvent.Kind, note: consuming String? = nil) {
        if let buffer = ThreadEventBuffer.current(serial: serial),
            buffer._withUnsafeGuaranteedRef({ $0.append(actor: actor, kind: copy kind, note: copy note) })
        {
            return
        }
        log.appendStamped(actor: actor, kind: kind, note: note, serial: serial)
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
