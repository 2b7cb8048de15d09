import Foundation

/// A value shared between test threads behind an `NSLock`.
///
/// Not `Synchronization.Mutex`: on Linux a contended `Mutex` waits in the kernel
/// (`FUTEX_LOCK_PI` takes the lock on the waiter's behalf), out of ThreadSanitizer's sight, so
/// TSan reports the accesses it orders as races. TSan intercepts the pthread mutex under
/// `NSLock`. Never the primitive under test, either.
public final class GuardedBox<Value>: @unchecked Sendable {
    // `stored` is only touched with `lock` held.
    private let lock = NSLock()
    private var stored: Value

    public init(_ value: Value) {
        stored = value
    }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&stored)
    }

    public var value: Value {
        get { withLock { $0 } }
        set { withLock { $0 = newValue } }
    }
}
