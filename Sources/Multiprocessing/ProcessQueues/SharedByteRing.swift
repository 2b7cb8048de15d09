import CPrimitives
import Threading

/// The shared-memory heart of ``ProcessQueue``: length-prefixed records in a byte ring that any
/// process of the tree can put into and take from.
///
/// Python's `multiprocessing.Queue` pickles each item onto a pipe through a feeder thread; here
/// the producer copies the encoded item straight into shared memory, and a waiting consumer is
/// woken through a futex only when one sleeps. No thread is needed, so a process that uses a
/// queue may still fork.
///
/// Producers and consumers have a lock each (Michael and Scott's two-lock queue), and each side
/// keeps its own counters on its own cache line: a producer writes the tail and the count of
/// puts, a consumer the head and the count of gets, and each reads the other side's counters only
/// when what it last saw of them says the ring is full (or empty). With one lock for both, every
/// item moved the lock's and the counters' cache lines between the two CPUs, and a consumer that
/// kept catching up with its producer paid that for each item: such runs went at under half
/// the rate of the others.
///
/// Head and tail are byte counters that only grow; their difference is the bytes in use and
/// their value modulo the capacity is the position, so a record may wrap around the end.
final class SharedByteRing: @unchecked Sendable {
    // Every field below points into `memory`. Each side's words are written only while its lock
    // is held; the counters the other side reads (puts; head, gets) are written and read through
    // the C atomics, the wait sets only through the C wait-set calls.
    private let memory: SharedMemory
    private let producer: UnsafeMutablePointer<ProducerWords>
    private let consumer: UnsafeMutablePointer<ConsumerWords>
    private let putLock: SharedLockWord
    private let getLock: SharedLockWord
    /// Consumers sleeping until an item comes; producers sleeping until there is room.
    private let notEmpty: UnsafeMutablePointer<UInt64>
    private let notFull: UnsafeMutablePointer<UInt64>
    private let data: UnsafeMutableRawPointer
    /// Bytes of record storage.
    let capacity: Int
    /// The most items at once; 0 for no limit but the bytes.
    let maxItems: Int

    /// The producers' side, under `putLock`: where the next record goes, how many were put, and
    /// what a producer last saw of the consumers' head and gets (never ahead of the real ones).
    struct ProducerWords {
        var lock: UInt32
        var tail: UInt64
        var puts: UInt64
        var headSeen: UInt64
        var getsSeen: UInt64
    }

    /// The consumers' side, under `getLock`: where the oldest record starts, how many were
    /// taken, and what a consumer last saw of the puts.
    struct ConsumerWords {
        var lock: UInt32
        var head: UInt64
        var gets: UInt64
        var putsSeen: UInt64
    }

    /// A record's length prefix.
    static let prefixSize = 4
    /// How often a consumer that found the ring empty looks again before sleeping, and how
    /// many CPU pauses it makes between looks (see `spinUntilNotEmpty`).
    private static let looksBeforeSleep = 16
    private static let pausesBetweenLooks = 16

    init(capacity: Int, maxItems: Int) throws(SharedMemoryError) {
        var layout = SharedMemoryLayout()
        let producerSlot = layout.reserve(ProducerWords.self)
        let consumerSlot = layout.reserve(ConsumerWords.self)
        let notEmptySlot = layout.reserve(UInt64.self)
        let notFullSlot = layout.reserve(UInt64.self)
        let dataSlot = layout.reserve(UInt8.self, count: capacity)
        memory = try SharedMemory(layout)
        producer = memory.pointer(to: producerSlot)
        producer.initialize(to: ProducerWords(lock: 0, tail: 0, puts: 0, headSeen: 0, getsSeen: 0))
        consumer = memory.pointer(to: consumerSlot)
        consumer.initialize(to: ConsumerWords(lock: 0, head: 0, gets: 0, putsSeen: 0))
        putLock = SharedLockWord(word: Self.lockWord(of: producer, at: \.lock))
        getLock = SharedLockWord(word: Self.lockWord(of: consumer, at: \.lock))
        notEmpty = memory.pointer(to: notEmptySlot)
        notEmpty.initialize(to: 0)
        notFull = memory.pointer(to: notFullSlot)
        notFull.initialize(to: 0)
        data = UnsafeMutableRawPointer(memory.pointer(to: dataSlot))
        self.capacity = capacity
        self.maxItems = maxItems
    }

    private static func lockWord<Words>(
        of words: UnsafeMutablePointer<Words>, at field: KeyPath<Words, UInt32>
    ) -> UnsafeMutablePointer<UInt32> {
        guard let offset = MemoryLayout<Words>.offset(of: field) else {
            preconditionFailure("a lock word must be a stored field")
        }
        return (UnsafeMutableRawPointer(words) + offset).assumingMemoryBound(to: UInt32.self)
    }

    /// Items in the ring now; exact only for as long as nobody else touches it.
    var count: Int {
        // Gets first: read the other way round, a get between the two reads could make the
        // difference negative.
        let gets = cprim_shared_observe64(&consumer.pointee.gets)
        let puts = cprim_shared_observe64(&producer.pointee.puts)
        return Int(puts &- gets)
    }

    /// How a wait for room or for an item ended.
    enum WaitOutcome {
        case ready
        case timedOut
        case wouldBlock
    }

    /// Copies `record` in as one item, waiting for room for `timeout` seconds (`nil`: for ever)
    /// when `block`; calls `willWait` once before the first sleep so the caller can trace it, and
    /// `done` once the item is in but before any consumer can see it: an event recorded there is
    /// in the trace before any consumer can record taking the item.
    func put(
        _ record: UnsafeRawBufferPointer, block: Bool, timeout: Double?, willWait: () -> Void,
        done: () -> Void
    ) -> WaitOutcome {
        let needed = UInt64(Self.prefixSize + record.count)
        acquire(putLock)
        let waited = wait(
            until: { hasRoom(for: needed) }, in: notFull, holding: putLock, block: block,
            timeout: timeout, willWait: willWait)
        guard waited == .ready else { return waited }
        let tail = producer.pointee.tail
        var length = UInt32(record.count).littleEndian
        withUnsafeBytes(of: &length) { copyIn($0, at: tail) }
        copyIn(record, at: tail + UInt64(Self.prefixSize))
        producer.pointee.tail = tail + needed
        done()
        // Publishing the count is what hands the record over; then a sleeping consumer is
        // looked for (see `wait`).
        cprim_shared_publish64(&producer.pointee.puts, producer.pointee.puts + 1)
        let wake = cprim_waitset_take_sleepers(notEmpty) != 0
        release(putLock)
        if wake { cprim_waitset_wake(notEmpty) }
        return .ready
    }

    /// Takes the oldest item out, waiting for one for `timeout` seconds when `block`; calls
    /// `willWait` once before the first sleep. `receive` gets the record's size and a function
    /// that copies the record into memory of that size, so the caller chooses where it lands
    /// (a fresh array, or straight into a value) without an intermediate copy. `done` runs once
    /// the item is out but before its room is handed back, as in
    /// ``put(_:block:timeout:willWait:done:)``.
    func get(
        block: Bool, timeout: Double?, willWait: () -> Void,
        receive: (_ size: Int, _ copy: (UnsafeMutableRawBufferPointer) -> Void) -> Void, done: () -> Void
    ) -> WaitOutcome {
        if block && count == 0 { spinUntilNotEmpty() }
        acquire(getLock)
        let waited = wait(
            until: { hasItem() }, in: notEmpty, holding: getLock, block: block, timeout: timeout,
            willWait: willWait)
        guard waited == .ready else { return waited }
        let head = consumer.pointee.head
        var length: UInt32 = 0
        withUnsafeMutableBytes(of: &length) { copyOut(into: $0, from: head) }
        let size = Int(UInt32(littleEndian: length))
        let start = head + UInt64(Self.prefixSize)
        receive(size) { copyOut(into: $0, from: start) }
        done()
        cprim_shared_publish64(&consumer.pointee.head, start + UInt64(size))
        cprim_shared_publish64(&consumer.pointee.gets, consumer.pointee.gets + 1)
        let wake = cprim_waitset_take_sleepers(notFull) != 0
        release(getLock)
        if wake { cprim_waitset_wake(notFull) }
        return .ready
    }

    /// With `lock` held, waits until `ready()` holds, sleeping in `set` with the lock released.
    /// Returns with the lock held on `.ready`, released otherwise.
    ///
    /// A sleeper counts itself in and then looks at `ready()` once more; the other side
    /// publishes its counter and then looks for sleepers. Both steps are sequentially
    /// consistent, so at least one of the two sees the other: no wake-up is lost though the
    /// sides hold different locks.
    ///
    /// The deadline is taken from the clock only before the first sleep: most calls never sleep,
    /// and a clock read on every item was a tenth of a busy queue's time. The timeout thus
    /// counts from when the wait begins, a few microseconds of spinning and locking after the
    /// call.
    private func wait(
        until ready: () -> Bool, in set: UnsafeMutablePointer<UInt64>, holding lock: SharedLockWord,
        block: Bool, timeout: Double?, willWait: () -> Void
    ) -> WaitOutcome {
        var announced = false
        var deadline: Int64?
        while !ready() {
            guard block else {
                release(lock)
                return .wouldBlock
            }
            if !announced {
                announced = true
                willWait()
            }
            let limit = deadline ?? Deadline.futexNanoseconds(after: timeout)
            deadline = limit
            let generation = cprim_waitset_enter(set)
            if ready() {
                cprim_waitset_leave(set, generation)
                break
            }
            release(lock)
            let timedOut = cprim_waitset_wait(set, generation, limit) != 0
            acquire(lock)
            cprim_waitset_leave(set, generation)
            if timedOut && !ready() {
                release(lock)
                return .timedOut
            }
        }
        return .ready
    }

    /// For a producer holding the put lock: whether `needed` bytes (and an item, under
    /// `maxItems`) fit, reading the consumers' counters only when what it last saw says no.
    private func hasRoom(for needed: UInt64) -> Bool {
        if fits(needed) { return true }
        producer.pointee.getsSeen = cprim_shared_observe64(&consumer.pointee.gets)
        producer.pointee.headSeen = cprim_shared_observe64(&consumer.pointee.head)
        return fits(needed)
    }

    private func fits(_ needed: UInt64) -> Bool {
        // Field by field, not a copy of the whole struct: a copy would also read the lock word,
        // which waiting producers write atomically meanwhile.
        let puts = producer.pointee.puts
        if maxItems > 0 && puts - producer.pointee.getsSeen >= UInt64(maxItems) { return false }
        return producer.pointee.tail - producer.pointee.headSeen + needed <= UInt64(capacity)
    }

    /// For a consumer holding the get lock: whether an item is in, reading the producers' count
    /// only when what it last saw says no.
    private func hasItem() -> Bool {
        if consumer.pointee.putsSeen > consumer.pointee.gets { return true }
        consumer.pointee.putsSeen = cprim_shared_observe64(&producer.pointee.puts)
        return consumer.pointee.putsSeen > consumer.pointee.gets
    }

    /// Waits a few microseconds for an item before the caller sleeps: sleeping and being woken
    /// costs both sides a system call or two. The ring is looked at only every
    /// `pausesBetweenLooks` pauses (about a quarter of a microsecond): looking at it takes the
    /// producers' cache line away from them, and doing that at every pause held the producer back
    /// to one item at a time, each sent across CPUs on its own.
    private func spinUntilNotEmpty() {
        for _ in 0..<Self.looksBeforeSleep {
            for _ in 0..<Self.pausesBetweenLooks { cprim_cpu_relax() }
            if count != 0 { return }
        }
    }

    private func acquire(_ lock: SharedLockWord) {
        if !lock.tryAcquire() { _ = cprim_plock_acquire_slow(lock.word, -1) }
    }

    private func release(_ lock: SharedLockWord) {
        _ = lock.release()
    }

    private func copyIn(_ bytes: UnsafeRawBufferPointer, at position: UInt64) {
        let start = Int(position % UInt64(capacity))
        let first = min(bytes.count, capacity - start)
        guard let source = bytes.baseAddress else { return }
        (data + start).copyMemory(from: source, byteCount: first)
        if first < bytes.count { data.copyMemory(from: source + first, byteCount: bytes.count - first) }
    }

    private func copyOut(into bytes: UnsafeMutableRawBufferPointer, from position: UInt64) {
        let start = Int(position % UInt64(capacity))
        let first = min(bytes.count, capacity - start)
        guard let target = bytes.baseAddress else { return }
        target.copyMemory(from: data + start, byteCount: first)
        if first < bytes.count { (target + first).copyMemory(from: data, byteCount: bytes.count - first) }
    }
}
