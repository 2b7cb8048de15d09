import Synchronization

/// The stamp of one resource's latest event, so that the next event on that resource, on
/// whichever thread, is stamped after it without waiting for a fence.
///
/// The log is merged by stamp, so an acquire must be stamped after the release it took the
/// lock from. A stamp taken with a fence is (``TraceClock/ticks()``), but the fence costs more
/// than the rest of recording an event. A primitive that records every event of a resource
/// while holding that resource (a lock's acquire and release, a queue's put and get under its
/// mutex) passes the resource's `EventOrder` instead: each stamp is then at least one more
/// than the one before it, which the holder before wrote here before letting go, and it is
/// still no later than what the thread publishes next (``TraceClock/unfencedTicks()``).
public final class EventOrder: Sendable {
    /// Relaxed: the resource's own release and acquire carry it from holder to holder.
    @usableFromInline let latest = Atomic<UInt64>(0)

    public init() {}

    /// A stamp after the resource's latest event and no earlier than `floor` (the thread's
    /// previous stamp), which becomes the latest.
    @inlinable @inline(__always)
    func stamp(noEarlierThan floor: UInt64) -> UInt64 {
        let stamp = max(TraceClock.unfencedTicks(), latest.load(ordering: .relaxed) &+ 1, floor)
        latest.store(stamp, ordering: .relaxed)
        return stamp
    }
}
