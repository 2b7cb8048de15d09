#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pthread mutex at a stable heap address, the building block every primitive locks with.
///
/// `Synchronization.Mutex` is not used: on Linux with Swift 6.3 it hands the lock to a sleeping
/// waiter on every unlock, which costs microseconds under contention (swiftlang/swift#88440),
/// and the primitives here must be within 2x of plain C. The mutex lives in its own allocation
/// because pthread objects must never move once initialised.
package final class PthreadMutex: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<pthread_mutex_t>

    package init() {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: pthread_mutex_t())
        pthread_mutex_init(pointer, nil)
    }

    deinit {
        pthread_mutex_destroy(pointer)
        pointer.deallocate()
    }

    @inline(__always)
    package func lock() {
        pthread_mutex_lock(pointer)
    }

    @inline(__always)
    package func unlock() {
        pthread_mutex_unlock(pointer)
    }

    /// Runs `body` holding the lock.
    @inline(__always)
    package func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(pointer)
        defer { pthread_mutex_unlock(pointer) }
        return try body()
    }
}

/// A value behind a ``PthreadMutex``, in the shape of `Synchronization.Mutex`.
///
/// Besides the hand-off cost noted on ``PthreadMutex``, a contended `Mutex` waits in the kernel
/// (`FUTEX_LOCK_PI` takes the lock on the waiter's behalf), out of ThreadSanitizer's sight, so
/// TSan reports the accesses it orders as races. TSan intercepts pthread mutexes.
package final class PthreadLocked<Value>: @unchecked Sendable {
    private let mutex = PthreadMutex()
    // `stored` is only touched with `mutex` held.
    private var stored: Value

    package init(_ value: Value) {
        stored = value
    }

    /// Runs `body` on the value, holding the lock.
    @inline(__always)
    package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        try mutex.withLock { try body(&stored) }
    }
}
