import CTraceClock
import Synchronization

/// One thread's events for one recorder that no reader has collected yet: packed (see
/// ``PackedEvent``), with the few that do not pack kept whole in slots of their own.
///
/// Only the owning thread appends, without a lock: it initialises the next slot and publishes
/// the new count with a release store. Readers take events out while holding the recorder's
/// lock, which is also what guards ``taken``. A buffer is filled once: when it is full the
/// owner starts another (see `EventLog.appendStamped`) and leaves this one to the readers,
/// so recording never waits for a merge.
@usableFromInline
final class ThreadEventBuffer: @unchecked Sendable {
    /// Events per buffer: big enough that starting another (a lock) is rare, small enough
    /// that an idle thread's buffer costs little.
    @inlinable static var capacity: Int { 1024 }
    /// How many slots ahead of the one being written to prepare (see
    /// `ctrace_prepare_to_write`): half a kilobyte, some hundred nanoseconds of events.
    @inlinable static var writeAhead: Int { 16 }
    /// Events that do not pack, per buffer: declarations, notes, results, long labels.
    static let wholeCapacity = 64

    /// The ``TraceRecorder`` this buffer belongs to (see `TraceRecorder.serial`).
    @usableFromInline let recorderSerial: UInt64
    @usableFromInline let slots: UnsafeMutablePointer<PackedEvent>
    /// The events packed slots of form `whole` point to (by index), initialised until taken;
    /// allocated with the first, as most buffers never hold one. Written by the owner before
    /// it publishes the slot that points here, so a reader that sees the slot sees this too.
    private var wholeSlots: UnsafeMutablePointer<TraceEvent>?
    /// Slots `0 ..< published` were written by the owner; only the owner stores it.
    @usableFromInline let published = Atomic<Int>(0)
    /// Whole slots used so far; only the owner uses it.
    private var wholeCount = 0
    /// Slots `0 ..< taken` were taken by a reader; guarded by the recorder's lock.
    var taken = 0
    /// The owner's latest stamp before this buffer; see ``latestStamp``.
    @usableFromInline let startStamp: UInt64
    /// Whether some event was stamped with an ``EventOrder`` (so maybe early; see
    /// `EventLog.collect()`). Set before that event is published, and never cleared.
    @usableFromInline let ordered = Atomic<Bool>(false)
    /// Set once the owner will write no more (it exited, filled the buffer, or now records to
    /// another recorder).
    private let retired = Atomic<Bool>(false)

    init(recorderSerial: UInt64, latestStamp: UInt64 = 0) {
        self.recorderSerial = recorderSerial
        startStamp = latestStamp
        slots = EventSlotPool.shared.take()
    }

    deinit {
        // The last reference is gone, so no owner writes and no reader reads any more.
        let end = published.load(ordering: .acquiring)
        if let wholeSlots {
            for slot in slots + taken..<slots + end where slot.pointee.form == .whole {
                (wholeSlots + Int(slot.pointee.subject)).deinitialize(count: 1)
            }
            wholeSlots.deallocate()
        }
        EventSlotPool.shared.giveBack(slots)
    }

    /// Appends `event` stamped now, after `order`'s latest event if there is an order;
    /// false, changing nothing, when the buffer is full. Owner only.
    @inline(__always)
    func append(_ event: PackedEvent, orderedBy order: EventOrder?) -> Bool {
        append(
            actor: event.actor, subject: event.subject, payload: event.payload, code: event.code,
            orderedBy: order)
    }

    /// ``append(_:orderedBy:)`` with the event in parts (see ``PackedEvent/code``), which keeps
    /// it in registers on the way.
    @inlinable @inline(__always)
    func append(
        actor: Int32, subject: Int32, payload: (UInt64, UInt32), code: UInt32, orderedBy order: EventOrder?
    ) -> Bool {
        let index = published.load(ordering: .relaxed)
        guard index < Self.capacity else { return false }
        let slot = slots + index
        // Several lines ahead, so the line is ours by the time it is written.
        ctrace_prepare_to_write(slots + min(index + Self.writeAhead, Self.capacity - 1))
        var event = PackedEvent(actor: actor, subject: subject, payload: payload, code: code)
        // Stamped before the slot is written, so that the stamp is stored with the rest rather
        // than after it: one store fewer for the primitive's next atomic instruction to wait for.
        event.time = stamp(at: slot, orderedBy: order)
        slot.initialize(to: event)
        published.store(index + 1, ordering: .releasing)
        return true
    }

    /// Whether ``append(whole:orderedBy:)`` would find room. Owner only.
    var hasRoomForWhole: Bool {
        published.load(ordering: .relaxed) < Self.capacity && wholeCount < Self.wholeCapacity
    }

    /// Appends an event that does not pack, stamped now; false, changing nothing, when the
    /// buffer is full. Owner only.
    func append(whole event: consuming TraceEvent, orderedBy order: EventOrder?) -> Bool {
        let index = published.load(ordering: .relaxed)
        guard index < Self.capacity, wholeCount < Self.wholeCapacity else { return false }
        if wholeSlots == nil { wholeSlots = .allocate(capacity: Self.wholeCapacity) }
        (wholeSlots! + wholeCount).initialize(to: event)
        let slot = slots + index
        slot.initialize(to: PackedEvent(time: stamp(at: slot, orderedBy: order), wholeAt: wholeCount))
        wholeCount += 1
        published.store(index + 1, ordering: .releasing)
        return true
    }

    /// The owner's latest stamp, which a buffer that follows this one starts from. Owner only.
    var latestStamp: UInt64 {
        let count = published.load(ordering: .relaxed)
        return count == 0 ? startStamp : slots[count - 1].time
    }

    /// The stamp for the event about to go into `slot`, the last thing done before writing it,
    /// as close as possible to what it records; never below the thread's previous stamp, as an
    /// unfenced read of the counter might be.
    @inlinable @inline(__always)
    func stamp(at slot: UnsafeMutablePointer<PackedEvent>, orderedBy order: EventOrder?) -> UInt64 {
        // The previous slot's stamp rather than a field of its own: one store fewer to wait
        // for when the primitive's next atomic instruction drains them.
        let previous = slot == slots ? startStamp : (slot - 1).pointee.time
        // Optional chaining borrows the order; binding it with `if let` retained it.
        let stamp = order?.stamp(noEarlierThan: previous) ?? max(TraceClock.ticks(), previous)
        if order != nil && !ordered.load(ordering: .relaxed) { ordered.store(true, ordering: .relaxed) }
        return stamp
    }

    /// The events readers have not taken yet that are stamped at or before `watermark`, and
    /// marks them taken: they follow any taken before without a gap. The caller must hold the
    /// recorder's lock and copy every one out (moving out the whole ones with
    /// ``moveWhole(at:)``) before it lets go of it.
    func take(stampedThrough watermark: UInt64) -> UnsafeMutableBufferPointer<PackedEvent> {
        let end = published.load(ordering: .acquiring)
        let start = taken
        // The owner stamps in order, so the events to take are a prefix.
        while taken < end && slots[taken].time <= watermark { taken += 1 }
        return UnsafeMutableBufferPointer(start: slots + start, count: taken - start)
    }

    /// Moves out the event that a taken packed slot of form `whole` points to.
    func moveWhole(at index: Int) -> TraceEvent {
        (wholeSlots! + index).move()
    }

    /// Whether some event taken so far may have been stamped with an ``EventOrder``.
    var hasOrderedStamps: Bool { ordered.load(ordering: .relaxed) }

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
