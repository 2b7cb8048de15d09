#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The storage behind ``TraceRecorder``: an ``EventStore`` guarded by a pthread mutex, fed by
/// the threads' ``ThreadEventBuffer``s.
///
/// Not `Synchronization.Mutex`, because on Linux (Swift 6.3) that type is built
/// on priority-inheritance futexes, which hand the lock to a sleeping waiter on
/// every unlock: with 8 threads appending it measured about 23 µs per append,
/// against about 0.17 µs here, where a running thread may take the lock again
/// without a context switch. Not a generic `withLock` either: explicit
/// lock/unlock lets an event be moved into the array instead of copied.
final class EventLog: @unchecked Sendable {
    // The mutex lives on the heap because pthread mutexes must never move. `store`,
    // `buffers` and `lastStamp` are only touched while it is held, hence `@unchecked`.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    let store: EventStore
    /// Every buffer that may hold events not collected yet, oldest first.
    var buffers: [ThreadEventBuffer] = []
    /// The time of the last stamped event collected; see ``collect()``.
    var lastStamp: UInt64 = 0
    /// Both clocks as the last collection (or the log's creation) read them.
    var lastReading = TraceClock.Reading.now()

    init(reservingCapacity capacity: Int) {
        store = EventStore(reservingCapacity: capacity)
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
    }

    /// Appends an event as it is, after every stamped event recorded before.
    func append(_ event: consuming TraceEvent) {
        pthread_mutex_lock(mutex)
        collect()
        store.append(event)
        pthread_mutex_unlock(mutex)
    }

    /// Appends `events` as they are, in order, after every stamped event recorded before.
    func append(contentsOf events: [TraceEvent]) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        collect()
        store.reserve(additional: events.count)
        for event in events { store.append(event) }
    }

    /// Records a packed event when the calling thread has no room in a buffer of this log's:
    /// it has none yet, or its buffer is full. Either way it starts a new one, which readers
    /// take from after the one it follows.
    func appendStamped(_ event: PackedEvent, orderedBy order: EventOrder?, serial: UInt64) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        let appended = startBuffer(serial: serial).append(event, orderedBy: order)
        precondition(appended, "an empty trace buffer had no room")
    }

    /// ``appendStamped(_:orderedBy:serial:)`` for an event that does not pack.
    func appendWhole(_ event: consuming TraceEvent, orderedBy order: EventOrder?, serial: UInt64) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        let appended = startBuffer(serial: serial).append(whole: event, orderedBy: order)
        precondition(appended, "an empty trace buffer had no room")
    }

    /// Gives the calling thread a new buffer, retiring the one it replaces. The log's lock must
    /// be held: the buffer joins the list readers go through.
    private func startBuffer(serial: UInt64) -> ThreadEventBuffer {
        let previous = ThreadEventBuffer.current(serial: serial)?.takeUnretainedValue()
        // Stamps go on from the previous buffer's, so that one thread's stamps never decrease.
        let buffer = ThreadEventBuffer(recorderSerial: serial, latestStamp: previous?.latestStamp ?? 0)
        buffers.append(buffer)
        ThreadEventBuffer.install(buffer)
        return buffer
    }

    /// The events from `index` on (clamped to the valid range) and the end index.
    func events(from index: Int) -> (events: [TraceEvent], next: Int) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        collect()
        return (store.events(from: index), store.count)
    }

    var count: Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        collect()
        return store.count
    }
}
