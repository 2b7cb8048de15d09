import TestSupport
import Testing
import Trace

@testable import Threading

@Suite("Threading: Condition")
struct ThreadingConditionTests {
    @Test("wait and notify without holding the lock throw RuntimeError")
    func unacquired() {
        for condition in [Condition(), Condition(lock: Lock()), Condition(lock: RLock())] {
            #expect(throws: RuntimeError("cannot wait on un-acquired lock")) {
                try condition.wait(timeout: 0)
            }
            #expect(throws: RuntimeError("cannot notify on un-acquired lock")) { try condition.notify() }
            #expect(throws: RuntimeError("cannot notify on un-acquired lock")) { try condition.notifyAll() }
        }
    }

    @Test("a wait with a timeout and no notify returns false with the lock held again")
    func waitTimeout() throws {
        let lock = RLock()
        let condition = Condition(lock: lock)
        try condition.withLock {
            lock.acquire()
            #expect(try condition.wait(timeout: 0.05) == false)
            #expect(lock.isOwnedByCurrentThread)
            try lock.release()
        }
        #expect(!lock.isOwnedByCurrentThread)
    }

    @Test("waitFor returns once another thread makes the predicate true")
    func waitForPredicate() throws {
        for condition in [Condition(), Condition(lock: Lock())] {
            final class Flag: @unchecked Sendable { var ready = false } // guarded by `condition`
            let flag = Flag()
            let setter = Thread {
                try condition.withLock {
                    flag.ready = true
                    try condition.notifyAll()
                }
            }
            let result = try condition.withLock {
                try setter.start()
                return try condition.waitFor({ flag.ready }, timeout: 10)
            }
            try setter.join()
            #expect(result)
        }
    }

    @Test("waitFor gives up after its timeout and returns the predicate's last value")
    func waitForTimeout() throws {
        let condition = Condition()
        let result = try condition.withLock { try condition.waitFor({ false }, timeout: 0.05) }
        #expect(result == false)
    }

    @Test("notify(1) wakes exactly one of three waiters, the one that waited longest")
    func notifyOne() throws {
        let fixture = TraceFixture()
        let condition = Condition(name: "cv", tracer: fixture.tracer)
        let resource = condition.trace.resource
        let woken = GuardedCounter()
        var waiters: [Thread] = []
        for index in 0..<3 {
            let thread = Thread(name: "w\(index)", tracer: fixture.tracer) {
                try condition.withLock {
                    try condition.wait()
                    woken.append("w\(index)")
                }
            }
            try thread.start()
            // Start the next only once this one waits, so the queue order is known.
            #expect(eventually { fixture.hasReported(thread.actor, .waiting(.condition(resource))) })
            waiters.append(thread)
        }
        try condition.withLock { try condition.notify(1) }
        #expect(eventually { woken.entries.count == 1 })
        #expect(woken.entries == ["w0"])
        // The other two are still queued: notify(1) took exactly one token.
        #expect(fixture.state.waiters(of: resource) == [waiters[1].actor, waiters[2].actor])
        try condition.withLock { try condition.notify(5) }
        for thread in waiters { try thread.join(timeout: 10) }
        #expect(woken.entries.count == 3)
        #expect(waiters.allSatisfy { !$0.isAlive && $0.error == nil })
    }

    @Test("wait on an RLock held several levels deep restores every level")
    func reentrantWait() throws {
        let lock = RLock()
        let condition = Condition(lock: lock)
        let notifier = Thread {
            try condition.withLock { try condition.notify() }
        }
        lock.acquire()
        lock.acquire()
        try notifier.start()
        #expect(try condition.wait(timeout: 10))
        try lock.release()
        #expect(lock.isOwnedByCurrentThread)
        try lock.release()
        #expect(!lock.isOwnedByCurrentThread)
        try notifier.join()
        #expect(notifier.error == nil)
    }
}
