#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pthread condition variable whose timed waits use the monotonic clock, so a wall-clock
/// change (NTP, the user) can neither cut a timeout short nor stretch it.
package final class PthreadCondition: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<pthread_cond_t>

    package init() {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: pthread_cond_t())
        #if canImport(Glibc)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(pointer, &attributes)
        pthread_condattr_destroy(&attributes)
        #else
        pthread_cond_init(pointer, nil)
        #endif
    }

    deinit {
        pthread_cond_destroy(pointer)
        pointer.deallocate()
    }

    /// Waits until signalled (or woken spuriously: callers loop on their predicate).
    @inline(__always)
    package func wait(_ mutex: PthreadMutex) {
        pthread_cond_wait(pointer, mutex.pointer)
    }

    /// Waits until signalled or the deadline passes; false when it passed.
    package func wait(_ mutex: PthreadMutex, until deadline: Deadline) -> Bool {
        #if canImport(Glibc)
        var time = deadline.timespec
        return pthread_cond_timedwait(pointer, mutex.pointer, &time) != ETIMEDOUT
        #else
        var relative = Deadline.timespec(nanoseconds: deadline.remainingNanoseconds)
        return pthread_cond_timedwait_relative_np(pointer, mutex.pointer, &relative) != ETIMEDOUT
        #endif
    }

    /// Waits with an optional deadline; nil waits for ever.
    @inline(__always)
    package func wait(_ mutex: PthreadMutex, until deadline: Deadline?) -> Bool {
        guard let deadline else {
            wait(mutex)
            return true
        }
        return wait(mutex, until: deadline)
    }

    @inline(__always)
    package func signal() {
        pthread_cond_signal(pointer)
    }

    @inline(__always)
    package func broadcast() {
        pthread_cond_broadcast(pointer)
    }
}
