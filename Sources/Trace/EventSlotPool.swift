#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory behind ``ThreadEventBuffer``'s slots, kept for the next buffer when one is freed
/// rather than handed back to `malloc`.
///
/// A recording thread writes every slot of a fresh buffer, so memory the process has not used
/// yet costs it a page fault every 4 KiB, about a hundred events: more than the events cost.
/// Whether freed buffers came back already mapped depended on `malloc`'s history (its trim
/// threshold moves with earlier large frees), so the same traced lock ran at half its speed
/// after some unrelated work in the same process. Kept here, a buffer's memory is reused by
/// the next buffer, of this recorder or the next one.
final class EventSlotPool: @unchecked Sendable {
    static let shared = EventSlotPool()

    /// Bytes of one buffer's slots.
    static let slotsByteCount = ThreadEventBuffer.capacity * MemoryLayout<PackedEvent>.stride

    /// How many buffers' slots are kept at most; beyond that, freed slots go back to `malloc`.
    let maximumIdle: Int
    // Guards `idle`; buffers start and end rarely (one per thousand events), so a mutex is
    // cheap here. On the heap because a pthread mutex must never move.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var idle: [UnsafeMutablePointer<PackedEvent>] = []

    /// Keeps at most `maximumIdleByteCount` of idle memory. The default, 16 MiB, is what a
    /// recorder holding half a million events not yet collected has in its buffers.
    init(maximumIdleByteCount: Int = 16 << 20) {
        maximumIdle = maximumIdleByteCount / Self.slotsByteCount
        mutex = .allocate(capacity: 1)
        let status = pthread_mutex_init(mutex, nil)
        precondition(status == 0, "pthread_mutex_init failed with \(status)")
        idle.reserveCapacity(maximumIdle)
    }

    deinit {
        for slots in idle { slots.deallocate() }
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Memory for one buffer's slots, uninitialised: freed slots if any are kept, else new
    /// memory, page-aligned so that a buffer touches as few pages as it can.
    func take() -> UnsafeMutablePointer<PackedEvent> {
        pthread_mutex_lock(mutex)
        let reused = idle.popLast()
        pthread_mutex_unlock(mutex)
        if let reused { return reused }
        return UnsafeMutableRawPointer.allocate(byteCount: Self.slotsByteCount, alignment: 4096)
            .bindMemory(to: PackedEvent.self, capacity: ThreadEventBuffer.capacity)
    }

    /// Takes back slots from ``take()`` whose events are deinitialised.
    func giveBack(_ slots: UnsafeMutablePointer<PackedEvent>) {
        pthread_mutex_lock(mutex)
        let kept = idle.count < maximumIdle
        if kept { idle.append(slots) }
        pthread_mutex_unlock(mutex)
        if !kept { slots.deallocate() }
    }

    /// How many buffers' slots are kept for reuse now.
    var idleCount: Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return idle.count
    }
}
