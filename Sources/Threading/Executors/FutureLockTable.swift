#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The mutex and condition a future (or a chunk of a map) locks, picked from a fixed table by
/// the owner's address.
///
/// Futures are created by the hundred thousand in `map`, so each one owning a mutex and a
/// condition (two objects and two pthread allocations) would dominate their cost. Sharing a
/// small table keeps a future to one allocation; two futures that share a slot only ever cost
/// a spurious wake-up, because every waiter loops on its own future's state. The slots live in
/// raw memory rather than in an array of ``PthreadMutex`` objects so that taking one involves
/// no reference counting, whose atomic increments would bounce a cache line between cores.
struct FutureLock {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>

    /// The slot for the object at `object`, stable for the object's lifetime; `part` picks
    /// among the slots of an object that guards several independent things (a map's chunks),
    /// spreading consecutive parts over consecutive slots.
    @inline(__always)
    init(address object: UnsafeMutableRawPointer, part: Int = 0) {
        let address = UInt(bitPattern: object)
        // Heap blocks are 16-byte aligned; fold higher bits in so neighbours spread out.
        let hash = (address >> 4) ^ (address >> 10)
        let index = Int((hash &+ UInt(bitPattern: part)) & UInt(FutureLockTable.slotCount - 1))
        let slot = FutureLockTable.base + index * FutureLockTable.slotStride
        mutex = slot.assumingMemoryBound(to: pthread_mutex_t.self)
        condition = (slot + FutureLockTable.conditionOffset).assumingMemoryBound(to: pthread_cond_t.self)
    }

    @inline(__always)
    package func lock() {
        pthread_mutex_lock(mutex)
    }

    @inline(__always)
    package func unlock() {
        pthread_mutex_unlock(mutex)
    }

    /// Wakes every thread waiting on this slot; they re-check their own future.
    @inline(__always)
    package func broadcast() {
        pthread_cond_broadcast(condition)
    }

    /// Waits for a broadcast or the deadline (nil: for ever); false once the deadline passed.
    package func wait(until deadline: Deadline?) -> Bool {
        guard let deadline else {
            pthread_cond_wait(condition, mutex)
            return true
        }
        #if canImport(Glibc)
        var time = deadline.timespec
        return pthread_cond_timedwait(condition, mutex, &time) != ETIMEDOUT
        #else
        var relative = Deadline.timespec(nanoseconds: deadline.remainingNanoseconds)
        return pthread_cond_timedwait_relative_np(condition, mutex, &relative) != ETIMEDOUT
        #endif
    }
}

/// The storage behind ``FutureLock``: created once, never freed (it lives as long as the process).
enum FutureLockTable {
    static let slotCount = 64
    /// A slot spans two cache lines so neighbouring slots never share one.
    static let slotStride = 128
    static let conditionOffset = 64

    nonisolated(unsafe) static let base: UnsafeMutableRawPointer = {
        precondition(MemoryLayout<pthread_mutex_t>.size <= conditionOffset)
        precondition(MemoryLayout<pthread_cond_t>.size <= slotStride - conditionOffset)
        let base = UnsafeMutableRawPointer.allocate(byteCount: slotCount * slotStride, alignment: 128)
        for index in 0..<slotCount {
            let slot = base + index * slotStride
            let mutex = slot.bindMemory(to: pthread_mutex_t.self, capacity: 1)
            mutex.initialize(to: pthread_mutex_t())
            pthread_mutex_init(mutex, nil)
            let condition = (slot + conditionOffset).bindMemory(to: pthread_cond_t.self, capacity: 1)
            condition.initialize(to: pthread_cond_t())
            #if canImport(Glibc)
            var attributes = pthread_condattr_t()
            pthread_condattr_init(&attributes)
            pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
            pthread_cond_init(condition, &attributes)
            pthread_condattr_destroy(&attributes)
            #else
            pthread_cond_init(condition, nil)
            #endif
        }
        return base
    }()
}
