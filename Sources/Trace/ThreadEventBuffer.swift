import Synchronization

/// One thread's events for one recorder that no reader has collected yet.
///
/// Only the owning thread appends, without a lock: it initialises the next slot and publishes
/// the new count with a release store. Readers move events out while holding the recorder's
/// lock, which is also what guards ``taken``. The owner empties a full buffer the same way, so
/// slots are only ever reused after every reader is done with them.
final class ThreadEventBuffer: @unchecked Sendable {
    /// Events per buffer: big enough that emptying it (a lock and a merge) is rare, small enough
    /// that an idle thread's buffer costs little.
    static let capacity = 1024

    /// The ``TraceRecorder`` this buffer belongs to (see `TraceRecorder.serial`).
    let recorderSerial: UInt64
    private let slots: UnsafeMutablePointer<TraceEvent>
    /// Slots `0 ..< published` were written by the owner; only the owner stores it.
    private let published = Atomic<Int>(0)
    /// Slots `0 ..< taken` were moved out by a reader; guarded by the recorder's lock.
    var taken = 0
    /// Set once the owner will write no more (it exited, or now records to another recorder).
    private let retired = Atomic<Bool>(false)

    init(recorderSerial: UInt64) {
        self.recorderSerial = recorderSerial
        slots = .allocate(capacity: Self.capacity)
    }

    deinit {
        // The last reference is gone, so no owner writes and no reader reads any more.
        let end = published.load(ordering: .acquiring)
        (slots + taken).deinitialize(count: end - taken)
        slots.deallocate()
    }

    /// Appends an event stamped now with ``TraceClock/ticks()``; false, changing nothing, when
    /// the buffer is full. Owner only.
    @inline(__always)
    func append(actor: ActorID, kind: consuming TraceEvent.Kind, note: consuming String?) -> Bool {
        let index = published.load(ordering: .relaxed)
        guard index < Self.capacity else { return false }
        // Field by field: building a `TraceEvent` and moving it in compiles to a copy of the
        // whole event and the destruction of the original, which cost as much as the rest.
        let slot = slots + index
        slot.pointer(to: \.time)!.initialize(to: TraceClock.ticks())
        slot.pointer(to: \.actor)!.initialize(to: actor)
        slot.pointer(to: \.kind)!.initialize(to: kind)
        slot.pointer(to: \.note)!.initialize(to: note)
        slot.pointer(to: \.source)!.initialize(to: nil)
        published.store(index + 1, ordering: .releasing)
        return true
    }

    /// The events readers have not taken yet that are stamped at or before `watermark`, and
    /// marks them taken: the caller must move every one out before it lets go of the
    /// recorder's lock, which it must hold.
    func take(stampedThrough watermark: UInt64) -> UnsafeMutableBufferPointer<TraceEvent> {
        let end = published.load(ordering: .acquiring)
        let start = taken
        // The owner stamps in order, so the events to take are a prefix.
        while taken < end && slots[taken].time <= watermark { taken += 1 }
        return UnsafeMutableBufferPointer(start: slots + start, count: taken - start)
    }

    /// Makes a buffer whose every event was taken empty again. The owner calls it holding the
    /// recorder's lock, right after a collection that took all of its events.
    func reset() {
        precondition(taken == published.load(ordering: .relaxed), "reset with events left")
        taken = 0
        published.store(0, ordering: .relaxed)
    }

    /// Says the owner has finished with the buffer; readers drop it once they took everything.
    func retire() {
        retired.store(true, ordering: .releasing)
    }

    /// Whether the owner has finished and readers have taken every event. Recorder's lock held.
    var isSpent: Bool {
        // The flag first: an owner publishes its last event before it retires.
        retired.load(ordering: .acquiring) && taken == published.load(ordering: .acquiring)
    }
}
