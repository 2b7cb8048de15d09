import CPrimitives
import Threading

/// The shared-memory heart of ``ProcessQueue``: length-prefixed records in a byte ring, with a
/// lock and two wait words (not empty, not full) that any process of the tree can use.
///
/// Python's `multiprocessing.Queue` pickles each item onto a pipe through a feeder thread; here
/// the producer copies the encoded item straight into shared memory under a lock, and a waiting
/// consumer is woken through a futex only when one sleeps. No thread is needed, so a process
/// that uses a queue may still fork.
///
/// Head and tail are byte counters that only grow; their difference is the bytes in use and
/// their value modulo the capacity is the position, so a record may wrap around the end.
final class SharedByteRing: @unchecked Sendable {
    // Every field below points into `memory`; the ring fields are only read and written while
    // the lock word is held, the wait words only through the C atomics and futex calls.
    private let memory: SharedMemory
    private let lock: SharedLockWord
    private let notEmpty: UnsafeMutablePointer<UInt32>
    private let notFull: UnsafeMutablePointer<UInt32>
    private let header: UnsafeMutablePointer<RingHeader>
    private let data: UnsafeMutableRawPointer
    /// Bytes of record storage.
    let capacity: Int
    /// The most items at once; 0 for no limit but the bytes.
    let maxItems: Int

    /// The ring's bookkeeping, all guarded by the lock.
    struct RingHeader {
        var head: UInt64
        var tail: UInt64
        var count: UInt64
        var emptyWaiters: UInt32
        var fullWaiters: UInt32
    }

    /// A record's length prefix.
    static let prefixSize = 4
    /// How often a consumer re-reads the count before sleeping on an empty ring.
    private static let spinsBeforeSleep = 200

    init(capacity: Int, maxItems: Int) throws(SharedMemoryError) {
        var layout = SharedMemoryLayout()
        let lockSlot = layout.reserve(UInt32.self)
        let notEmptySlot = layout.reserve(UInt32.self)
        let notFullSlot = layout.reserve(UInt32.self)
        let headerSlot = layout.reserve(RingHeader.self)
        let dataSlot = layout.reserve(UInt8.self, count: capacity)
        memory = try SharedMemory(layout)
        let lockWord = memory.pointer(to: lockSlot)
        lockWord.initialize(to: 0)
        lock = SharedLockWord(word: lockWord)
        notEmpty = memory.pointer(to: notEmptySlot)
        notEmpty.initialize(to: 0)
        notFull = memory.pointer(to: notFullSlot)
        notFull.initialize(to: 0)
        header = memory.pointer(to: headerSlot)
        header.initialize(to: RingHeader(head: 0, tail: 0, count: 0, emptyWaiters: 0, fullWaiters: 0))
        data = UnsafeMutableRawPointer(memory.pointer(to: dataSlot))
        self.capacity = capacity
        self.maxItems = maxItems
    }

    /// Items in the ring now; exact only for as long as nobody else touches it.
    var count: Int {
        Int(cprim_shared_load64(&header.pointee.count))
    }

    /// How a wait for room or for an item ended.
    enum WaitOutcome {
        case ready
        case timedOut
        case wouldBlock
    }

    /// Copies `record` in as one item, waiting for room for `timeout` seconds (`nil`: for ever)
    /// when `block`; calls `willWait` once before the first sleep so the caller can trace it, and
    /// `done` once the item is in, still holding the lock: an event recorded there is in the
    /// trace before any consumer can record taking the item.
    func put(
        _ record: UnsafeRawBufferPointer, block: Bool, timeout: Double?, willWait: () -> Void,
        done: () -> Void
    ) -> WaitOutcome {
        let needed = UInt64(Self.prefixSize + record.count)
        acquireLock()
        let waited = waitWhileLocked(
            until: { hasRoom(for: needed) }, on: notFull, counting: \.fullWaiters, block: block,
            timeout: timeout, willWait: willWait)
        guard waited == .ready else { return waited }
        var length = UInt32(record.count).littleEndian
        withUnsafeBytes(of: &length) { copyIn($0, at: header.pointee.tail) }
        copyIn(record, at: header.pointee.tail + UInt64(Self.prefixSize))
        header.pointee.tail += needed
        cprim_shared_store64(&header.pointee.count, header.pointee.count + 1)
        done()
        let wake = consumeWaiters(\.emptyWaiters, on: notEmpty)
        releaseLock()
        if wake { cprim_shared_wake(notEmpty, Int32.max) }
        return .ready
    }

    /// Takes the oldest item out, waiting for one for `timeout` seconds when `block`; calls
    /// `willWait` once before the first sleep. `receive` gets the record's size and a function
    /// that copies the record into memory of that size, so the caller chooses where it lands
    /// (a fresh array, or straight into a value) without an intermediate copy. `done` runs once
    /// the item is out, still holding the lock, as in ``put(_:block:timeout:willWait:done:)``.
    func get(
        block: Bool, timeout: Double?, willWait: () -> Void,
        receive: (_ size: Int, _ copy: (UnsafeMutableRawBufferPointer) -> Void) -> Void, done: () -> Void
    ) -> WaitOutcome {
        if block && count == 0 { spinUntilNotEmpty() }
        acquireLock()
        let waited = waitWhileLocked(
            until: { header.pointee.count > 0 }, on: notEmpty, counting: \.emptyWaiters, block: block,
            timeout: timeout, willWait: willWait)
        guard waited == .ready else { return waited }
        var length: UInt32 = 0
        withUnsafeMutableBytes(of: &length) { copyOut(into: $0, from: header.pointee.head) }
        let size = Int(UInt32(littleEndian: length))
        let start = header.pointee.head + UInt64(Self.prefixSize)
        receive(size) { copyOut(into: $0, from: start) }
        header.pointee.head += UInt64(Self.prefixSize + size)
        cprim_shared_store64(&header.pointee.count, header.pointee.count - 1)
        done()
        let wake = consumeWaiters(\.fullWaiters, on: notFull)
        releaseLock()
        if wake { cprim_shared_wake(notFull, Int32.max) }
        return .ready
    }

    /// With the lock held, waits until `ready()` holds, sleeping on `word` with the lock
    /// released and counted among `waiters`, so the other side knows to wake it. Returns with the
    /// lock held on `.ready`, released otherwise.
    ///
    /// The deadline is taken from the clock only before the first sleep: most calls never sleep,
    /// and a clock read on every item was a tenth of a busy queue's time. The timeout thus
    /// counts from when the wait begins, a few microseconds of spinning and locking after the
    /// call.
    private func waitWhileLocked(
        until ready: () -> Bool, on word: UnsafeMutablePointer<UInt32>,
        counting waiters: WritableKeyPath<RingHeader, UInt32>, block: Bool, timeout: Double?,
        willWait: () -> Void
    ) -> WaitOutcome {
        var announced = false
        var deadline: Int64?
        while !ready() {
            guard block else {
                releaseLock()
                return .wouldBlock
            }
            if !announced {
                announced = true
                willWait()
            }
            let limit = deadline ?? Deadline.futexNanoseconds(after: timeout)
            deadline = limit
            let generation = cprim_pcond_generation(word)
            header.pointee[keyPath: waiters] += 1
            releaseLock()
            let timedOut = cprim_pcond_wait(word, generation, limit) != 0
            acquireLock()
            // A waker that moved the generation on took this waiter off the count already.
            if cprim_pcond_generation(word) == generation { header.pointee[keyPath: waiters] -= 1 }
            if timedOut && !ready() {
                releaseLock()
                return .timedOut
            }
        }
        return .ready
    }

    /// With the lock held: if anyone sleeps on `word`, takes them all off the count and moves
    /// the generation on, and returns true: the caller then wakes them all, once the lock is
    /// released.
    ///
    /// Taking them off the count here, not when each has woken, is what keeps a fast producer
    /// from paying a futex call for every item it puts between a consumer's wake-up and that
    /// consumer running: the next put sees nobody asleep. Every sleeper wakes, because a
    /// sleeper can only tell that it was counted out by the generation having moved.
    private func consumeWaiters(
        _ waiters: WritableKeyPath<RingHeader, UInt32>, on word: UnsafeMutablePointer<UInt32>
    ) -> Bool {
        guard header.pointee[keyPath: waiters] > 0 else { return false }
        header.pointee[keyPath: waiters] = 0
        _ = cprim_shared_add32(word, 1)
        return true
    }

    private func hasRoom(for needed: UInt64) -> Bool {
        let used = header.pointee.tail - header.pointee.head
        if maxItems > 0 && header.pointee.count >= UInt64(maxItems) { return false }
        return used + needed <= UInt64(capacity)
    }

    /// A producer on the other CPU usually delivers within a few hundred nanoseconds; sleeping
    /// and being woken costs microseconds.
    private func spinUntilNotEmpty() {
        var spins = 0
        while count == 0 && spins < Self.spinsBeforeSleep {
            cprim_cpu_relax()
            spins += 1
        }
    }

    private func acquireLock() {
        if !lock.tryAcquire() { _ = cprim_plock_acquire_slow(lock.word, -1) }
    }

    private func releaseLock() {
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
