import Foundation

/// Runs `body` on a thread of its own and waits for it without holding a thread of Swift's
/// cooperative pool.
///
/// Swift Testing runs every test on that pool, which has one thread per core: a test that
/// blocks there (waiting for a demo process, a child, a timeout) keeps every other test off the
/// core, so on a 2-core machine the waits of the whole suite add up instead of overlapping.
/// Expectations stay on the caller's side: `#expect` needs the test's task to know its test.
/// The thread is detached: it ends right after handing back the result, so there is nothing to
/// join.
public func offThePool<Result: Sendable>(_ body: @escaping @Sendable () -> Result) async -> Result {
    await withCheckedContinuation { continuation in
        let thread = Thread {
            continuation.resume(returning: body())
        }
        thread.name = "off-the-pool"
        thread.start()
    }
}
