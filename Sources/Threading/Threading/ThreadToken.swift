#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cheap identity for the calling OS thread, used where ownership must hold even with tracing
/// off (an `RLock`'s owner); it is never 0, which therefore means "nobody".
enum ThreadToken {
    @inline(__always)
    static var current: UInt {
        #if canImport(Glibc)
        UInt(pthread_self())
        #else
        UInt(bitPattern: pthread_self())
        #endif
    }
}
