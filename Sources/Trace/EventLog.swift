#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The storage behind ``TraceRecorder``: a growable array guarded by a pthread mutex.
///
/// Not `Synchronization.Mutex`, because on Linux (Swift 6.3) that type is built
/// on priority-inheritance futexes, which hand the lock to a sleeping waiter on
/// every unlock: with 8 threads appending it measured about 23 µs per append,
/// against about 0.17 µs here, where a running thread may take the lock again
/// without a context switch. Not a generic `withLock` either: explicit
/// lock/unlock lets an event be moved into the array instead of copied.
final class EventLog: @unchecked Sendable {
    // Both live on the heap: pthread mutexes must never move, and a pointer to the
    // array escapes Swift's dynamic exclusivity checks, which the mutex already
    // guarantees. The array is only touched while the mutex is held, hence `@unchecked`.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let storage: UnsafeMutablePointer<ContiguousArray<TraceEvent>>

    init(reservingCapacity capacity: Int) {
        var events = ContiguousArray<TraceEvent>()
        events.reserveCapacity(capacity)
        storage = .allocate(capacity: 1)
        storage.initialize(to: events)
        mutex = .allocate(capacity: 1)
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        #if canImport(Glibc)
        // Spinning briefly before sleeping suits critical sections as short as an append.
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ADAPTIVE_NP))
        #endif
        let status = pthread_mutex_init(mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
        precondition(status == 0, "pthread_mutex_init failed with \(status)")
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    func append(_ event: consuming TraceEvent) {
        pthread_mutex_lock(mutex)
        storage.pointee.append(event)
        pthread_mutex_unlock(mutex)
    }

    /// Stamps the event while holding the lock, so the log stays in time order.
    func appendStamped(actor: ActorID, kind: consuming TraceEvent.Kind, note: consuming String?) {
        pthread_mutex_lock(mutex)
        storage.pointee.append(TraceEvent(time: MonotonicClock.now(), actor: actor, kind: kind, note: note))
        pthread_mutex_unlock(mutex)
    }

    /// The events from `index` on (clamped to the valid range) and the end index.
    func events(from index: Int) -> (events: [TraceEvent], next: Int) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        let all = storage.pointee
        let start = min(max(index, 0), all.count)
        return (Array(all[start...]), all.count)
    }

    var count: Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return storage.pointee.count
    }
}
